using System.Reflection;

namespace HwTasks.Pester.Tests;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tests => Path.Combine(Root, "tests");

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The Pester.psd1 this project's restore downloaded (see the csproj).</summary>
    public static string PesterModule { get; } = Metadata("PesterModule");

    /// <summary>The NuGet package folder of this build's restore, where the suites find other packages' files.</summary>
    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    private static string Metadata(string key) => typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HwTasks.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("HwTasks.sln not found above " + AppContext.BaseDirectory);
    }
}
