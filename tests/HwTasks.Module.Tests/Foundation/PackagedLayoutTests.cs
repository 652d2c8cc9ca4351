using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

/// <summary>
/// The layout build.ps1 -Task Package produces (out/HwTasks/&lt;version&gt;/ with the manifest, script
/// module, format file and bin/) imports on its own, far from the checkout, with its help. (The
/// private load context is process-wide, so in this test process HwTasks.Core may come from the
/// checkout's copy; what is checked here is the layout: discovery of bin/, manifest, formats, help.)
/// </summary>
public sealed class PackagedLayoutTests : IDisposable
{
    private readonly string _package = Path.Combine(Path.GetTempPath(), "hwtasks-package-" + Guid.NewGuid().ToString("N"), "HwTasks", "0.1.0");

    [Fact]
    public void The_packaged_module_imports_and_finds_its_help()
    {
        Directory.CreateDirectory(_package);
        foreach (var file in new[] { "HwTasks.psd1", "HwTasks.psm1", "HwTasks.format.ps1xml" })
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(_package, file));
        Copy(Path.Combine(RepositoryPaths.Root, "src", "HwTasks", "bin", "Module", "bin"), Path.Combine(_package, "bin"));

        using var session = new PowerShellSession(importModule: false);
        var run = session.Run(
            "Import-Module $args[0] -ErrorAction Stop; (Get-Module HwTasks).ModuleBase; (Get-Command -Module HwTasks).Count; " +
            "(Get-Help Start-CdmJob).Synopsis; (Get-Help about_HwTasks).Length -gt 0",
            Path.Combine(_package, "HwTasks.psd1")).ThrowIfFailed();

        Assert.Equal(_package, run.Output[0].ToString());
        Assert.Equal(ModuleImportTests.ExportedCmdlets.Length, (int)run.Output[1].BaseObject);
        Assert.False(string.IsNullOrWhiteSpace(run.Output[2].ToString()));
        Assert.Equal(true, run.Output[3].BaseObject);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(from)) Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(_package))!;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
