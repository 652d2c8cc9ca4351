namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// What the imported module registers, read from its own metadata, so that a suite's hand-written
/// table can be checked against it: a new cmdlet or parameter without rows fails instead of being skipped.
/// </summary>
public static class RegisteredCommands
{
    /// <summary>The cmdlets of a service (namespace HwTasks.Commands.&lt;Service&gt;), each followed by "Cmdlet -Parameter MaximumLength" for its identifiers.</summary>
    private const string Script = """
        $services = [HwTasks.Core.Endpoints.CloudService]::All.Name
        foreach ($cmd in Get-Command -Module HwTasks) {
            if ($services -cnotcontains ($cmd.ImplementingType.Namespace -split '\.')[-1]) { continue }
            "$($cmd.Name)"
            foreach ($p in $cmd.Parameters.Values) {
                foreach ($v in $p.Attributes.Where({ $_.GetType() -eq [HwTasks.Validation.ValidateIdentifierAttribute] })) { "$($cmd.Name) -$($p.Name) $($v.MaximumLength)" }
            }
        }
        """;

    public static IReadOnlyList<string> ServiceCmdlets(PowerShellSession session) => Read(session).Where(r => !r.Contains(' ')).Order(StringComparer.Ordinal).ToList();

    /// <summary>"Cmdlet -Parameter MaximumLength" for each parameter a service cmdlet validates as an identifier.</summary>
    public static IReadOnlyList<string> Identifiers(PowerShellSession session) => Read(session).Where(r => r.Contains(' ')).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Read(PowerShellSession session)
    {
        var run = session.Run(Script);
        if (run.Terminating is not null) throw run.Terminating;
        return run.Output.Select(o => o.ToString());
    }
}
