using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Soak;

/// <summary>A runspace's part of one round: its slot, how it connects (splatted onto Connect-HwCloud) and its calls.</summary>
internal sealed record SoakRunspace(int Slot, Hashtable Connect, IReadOnlyList<SoakStep> Steps);

/// <summary>What one call ended in, as the worker saw it: the types it wrote, its errors ("id TAB message"), or what crashed.</summary>
internal sealed record SoakOutcome(SoakStep Step, IReadOnlyList<string> Output, IReadOnlyList<(string Id, string Message)> Errors, string? Crash);

/// <summary>
/// Runs one round: every runspace of the pool makes its own calls at once. A call's outcome is
/// reduced to text in the runspace, so the test keeps no module objects alive (the memory check
/// measures the module, not what the test holds).
/// </summary>
internal static class SoakWorker
{
    /// <summary>Small retry waits and a bounded attempt keep each fault cheap: the run's size bounds its time.</summary>
    public const double TimeoutSec = 10;
    public const double RetryIntervalSec = 0.05;

    private const string Script = """
        param($Connect, $Steps, $Midpoint, $Barrier, $TimeoutSec, $RetryIntervalSec, $Cluster, $Workspace, $KafkaInstance, $Source, $Destination)
        # The pool may hand this round another runspace than the last: connect every time (no request is sent).
        Connect-HwCloud @Connect | Out-Null
        $limits = @{ TimeoutSec = $TimeoutSec; RetryIntervalSec = $RetryIntervalSec; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'failed' }
        for ($i = 0; $i -lt $Steps.Count; $i++) {
            if ($i -eq $Midpoint) {
                # Every runspace waits here while the test moves the emulator clock past the tokens' 24 h, then goes on.
                if (-not $Barrier.SignalAndWait([TimeSpan]::FromSeconds(120)) -or -not $Barrier.SignalAndWait([TimeSpan]::FromSeconds(120))) {
                    throw 'the other runspaces did not reach the midpoint'
                }
            }
            $command, $target = $Steps[$i] -split '\|', 2
            $failed = $null
            $crash = $null
            $output = @()
            try {
                $output = @(switch ($command) {
                    'Get-CdmJobStatus' { Get-CdmJobStatus -ClusterId $Cluster -JobName $target @limits }
                    'Get-KafkaBackgroundTask' { Get-KafkaBackgroundTask -InstanceId $KafkaInstance -First ([int]$target) @limits }
                    'Get-OmsSyncTask' { Get-OmsSyncTask -SyncTaskId $target @limits }
                    'Get-AomWorkflow' { Get-AomWorkflow -Name $target @limits }
                    'Set-AomWorkflowTrigger' { Set-AomWorkflowTrigger -WorkflowId $target -State ('Enabled', 'Disabled')[$i % 2] -Confirm:$false @limits }
                    'Start-CdmJob' { Start-CdmJob -ClusterId $Cluster -JobName $target -Confirm:$false @limits }
                    'Start-DataArtsMetadataTask' { Start-DataArtsMetadataTask -WorkspaceId $Workspace -TaskId $target -Confirm:$false @limits }
                    'Start-OmsSyncTask' { Start-OmsSyncTask -SyncTaskId $target -SourceCredential $Source -DestinationCredential $Destination -Confirm:$false @limits }
                    default { throw "unknown call $command" }
                })
            } catch {
                $crash = $_.FullyQualifiedErrorId + ': ' + $_.Exception.Message
            }
            [pscustomobject]@{
                Step = $i
                Output = [string[]]@($output | ForEach-Object { $_.GetType().FullName })
                Errors = [string[]]@($failed | ForEach-Object { $_.FullyQualifiedErrorId + "`t" + $_.Exception.Message })
                Crash = $crash
            }
            $Error.Clear()
        }
        """;

    /// <param name="atMidpoint">When set, every runspace stops halfway through its calls while this runs.</param>
    public static async Task<IReadOnlyList<SoakOutcome>> RunAsync(RunspacePool pool, IReadOnlyList<SoakRunspace> runspaces, Func<Task>? atMidpoint)
    {
        // The test joins the barrier: all arrive, the test acts, all leave.
        using var barrier = new Barrier(runspaces.Count + 1);
        var midpoint = atMidpoint is null ? -1 : runspaces.Min(r => r.Steps.Count) / 2;
        var running = new List<(SoakRunspace Runspace, PowerShell Shell, IAsyncResult Pending)>();
        try
        {
            foreach (var runspace in runspaces)
            {
                var shell = PowerShell.Create();
                shell.RunspacePool = pool;
                shell.AddScript(Script).AddParameters(new Hashtable
                {
                    ["Connect"] = runspace.Connect,
                    ["Steps"] = runspace.Steps.Select(s => s.Line).ToArray(),
                    ["Midpoint"] = midpoint,
                    ["Barrier"] = barrier,
                    ["TimeoutSec"] = TimeoutSec,
                    ["RetryIntervalSec"] = RetryIntervalSec,
                    ["Cluster"] = EmulatorDefaults.CdmClusterId,
                    ["Workspace"] = EmulatorDefaults.DataArtsWorkspaceId,
                    ["KafkaInstance"] = EmulatorDefaults.KafkaInstanceId,
                    ["Source"] = Credential("SOAKSOURCEAK0001", "soak-source-secret-key"),
                    ["Destination"] = Credential("SOAKDESTINATIONAK001", "soak-destination-secret-key"),
                });
                running.Add((runspace, shell, shell.BeginInvoke()));
            }
            if (atMidpoint is not null)
            {
                Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(120)), "the runspaces did not all reach the midpoint");
                await atMidpoint();
                Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(120)), "the runspaces did not go on after the midpoint");
            }

            var outcomes = new List<SoakOutcome>();
            foreach (var (runspace, shell, pending) in running)
            {
                var reported = await Task.Factory.FromAsync(pending, shell.EndInvoke);
                Assert.Empty(shell.Streams.Error);
                Assert.Equal(runspace.Steps.Count, reported.Count);
                outcomes.AddRange(reported.Select(r => Read(r, runspace.Steps)));
            }
            return outcomes;
        }
        finally
        {
            foreach (var (_, shell, _) in running) shell.Dispose();
        }
    }

    private static SoakOutcome Read(PSObject reported, IReadOnlyList<SoakStep> steps)
    {
        string[] Strings(string name) => (string[]?)PSObject.AsPSObject(reported.Properties[name].Value).BaseObject ?? Array.Empty<string>();
        var step = steps[(int)reported.Properties["Step"].Value];
        var errors = Strings("Errors").Select(e => e.Split('\t', 2)).Select(p => (p[0], p.Length > 1 ? p[1] : "")).ToList();
        return new SoakOutcome(step, Strings("Output"), errors, reported.Properties["Crash"].Value as string);
    }

    private static PSCredential Credential(string accessKey, string secretKey) => new(accessKey, Hosting.EmulatorFixture.Secure(secretKey));
}
