namespace HwTasks.Tests.Shared;

/// <summary>The checkout these tests were built from: the folder holding HwTasks.sln (tests that read the sources).</summary>
internal static class RepositoryRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HwTasks.sln"))) return dir.FullName;
        throw new InvalidOperationException("HwTasks.sln not found above " + AppContext.BaseDirectory);
    }
}
