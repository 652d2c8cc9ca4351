using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests;

public class ModuleImportTests
{
    public static readonly string[] ExportedCmdlets =
    {
        "Connect-HwCloud", "Disconnect-HwCloud", "Get-HwCloudContext", "New-HwCloudContext",
        "Invoke-HwCloudRequest", "Start-DataArtsMetadataTask", "Stop-DataArtsMetadataTask", "Get-DataArtsMetadataTask",
        "Set-AomWorkflowTrigger", "Get-AomWorkflow", "Start-CdmJob", "Stop-CdmJob",
        "Get-CdmJobStatus", "Get-CdmJob", "Start-OmsSyncTask", "Stop-OmsSyncTask",
        "Get-OmsSyncTask", "Get-KafkaBackgroundTask", "Remove-KafkaBackgroundTask", "Wait-HwTask",
    };

    [Fact]
    public void Get_Command_lists_exactly_the_exported_cmdlets()
    {
        using var session = new PowerShellSession();

        var names = session.Run("Get-Command -Module HwTasks | ForEach-Object { $_.Name }").ThrowIfFailed()
            .Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(ExportedCmdlets.OrderBy(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public void Every_exported_command_is_a_compiled_cmdlet()
    {
        using var session = new PowerShellSession();

        var types = session.Run("Get-Command -Module HwTasks | ForEach-Object { $_.CommandType.ToString() }").ThrowIfFailed()
            .Output.Select(o => o.ToString()).Distinct().ToArray();

        Assert.Equal(new[] { "Cmdlet" }, types);
    }
}
