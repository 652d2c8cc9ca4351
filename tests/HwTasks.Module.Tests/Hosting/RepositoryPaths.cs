namespace HwTasks.Module.Tests.Hosting;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "HwTasks.psd1");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HwTasks.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("HwTasks.sln not found above " + AppContext.BaseDirectory);
    }
}
