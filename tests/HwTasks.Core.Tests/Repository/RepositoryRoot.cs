namespace HwTasks.Core.Tests.Repository;

/// <summary>The checkout these tests run from: the folder above the test binaries that holds HwTasks.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HwTasks.sln"))) return dir.FullName;
        throw new InvalidOperationException("HwTasks.sln not found above " + AppContext.BaseDirectory);
    }
}
