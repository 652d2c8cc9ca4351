using System.Diagnostics;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

/// <summary>
/// The layout build.ps1 -Task Package produces (out/HwTasks/&lt;version&gt;/ with the manifest, script
/// module, format file and bin/) imports on its own. It is imported in a fresh process (the help
/// compiler, which hosts the engine and imports a manifest): in this process the first load of
/// HwTasks.dll and its private load context would stay for every later test.
/// </summary>
public sealed class PackagedLayoutTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hwtasks-package-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_packaged_module_imports_in_a_fresh_process_with_its_own_dependencies()
    {
        var package = Path.Combine(_root, "HwTasks", "0.1.0");
        Directory.CreateDirectory(package);
        foreach (var file in new[] { "HwTasks.psd1", "HwTasks.psm1", "HwTasks.format.ps1xml" })
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(package, file));
        Copy(Path.Combine(RepositoryPaths.Root, "bin"), Path.Combine(package, "bin"));

        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     Path.Combine(RepositoryPaths.Root, "src", "HwTasks.Help", "bin", configuration, "net10.0", "HwTasks.Help.dll"),
                     "--manifest", Path.Combine(package, "HwTasks.psd1"), "--docs", Path.Combine(RepositoryPaths.Root, "docs"),
                 })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + errors);
        var help = Path.Combine(package, "bin", "en-US");
        Assert.Equal("HwTasks.Help: help for " + ModuleImportTests.ExportedCmdlets.Length + " cmdlets written to " + help, output.Trim());
        Assert.True(File.Exists(Path.Combine(help, "HwTasks.dll-Help.xml")));
        Assert.True(File.Exists(Path.Combine(help, "about_HwTasks.help.txt")));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from)) Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
