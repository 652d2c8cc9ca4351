using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Reliability;

/// <summary>
/// Eight runspaces at once, each with its own session default (half cn-north-4, half cn-east-3,
/// same AK/SK), sharing the process-wide HTTP pipeline: through a RunspacePool and through
/// ForEach-Object -Parallel. A barrier makes every runspace connect before any of them calls, so a
/// default that leaked between runspaces would send calls to the other project.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ParallelRunspaceTests : IAsyncLifetime
{
    private const int Runspaces = 8;
    private const int CallsPerRunspace = 100;
    private const string EastProject = "fedcba9876543210fedcba9876543210";
    private static readonly (string Region, string ProjectId)[] Defaults =
    {
        ("cn-north-4", EmulatorDefaults.ProjectCnNorth4), ("cn-east-3", EastProject),
    };

    private readonly EmulatorFixture _fixture;

    public ParallelRunspaceTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => _fixture.ResetAsync();

    /// <summary>Connects this runspace, waits for all the others to connect, then makes the calls and shows its context.</summary>
    private const string Worker = """
        param($Url, $Region, $ProjectId, $AccessKey, $SecretKey, $Cluster, $Barrier, $Calls)
        Connect-HwCloud -EndpointUrl $Url -Region $Region -ProjectId $ProjectId -AccessKey $AccessKey -SecretKey $SecretKey | Out-Null
        if (-not $Barrier.SignalAndWait([TimeSpan]::FromSeconds(60))) { throw 'the other runspaces did not connect' }
        for ($i = 0; $i -lt $Calls; $i++) { Get-CdmJobStatus -ClusterId $Cluster -JobName jdbc2hive }
        Get-HwCloudContext
        """;

    [Fact]
    public async Task Eight_runspaces_each_keep_their_own_session_default_under_load()
    {
        var clock = Stopwatch.StartNew();
        var pooled = await ThroughARunspacePool();
        await _fixture.Emulator.ResetLogAsync();
        var parallel = await ThroughForEachObjectParallel();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "took " + clock.Elapsed);
        ReliabilityTable.Record("Parallel runspaces",
            Runspaces + " runspaces × " + CallsPerRunspace + " Get-CdmJobStatus calls at once (half cn-north-4, half cn-east-3, same AK/SK), " +
            "through a RunspacePool and through ForEach-Object -Parallel -ThrottleLimit " + Runspaces + "; each call's project and region, " +
            "each runspace's Get-HwCloudContext, the emulator's requests per project, and a runspace that never connected (NoCredentials)",
            pooled + parallel, "all succeeded; each runspace kept its own session default");
    }

    /// <returns>The cases checked: every call, every runspace's context, the runspace that never connected.</returns>
    private async Task<int> ThroughARunspacePool()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepositoryPaths.Manifest);
        using var pool = RunspaceFactory.CreateRunspacePool(state);
        Assert.True(pool.SetMaxRunspaces(Runspaces) && pool.SetMinRunspaces(Runspaces));
        pool.Open();
        // The test thread joins the barrier too: it checks a never-connected runspace while the others call.
        using var barrier = new Barrier(Runspaces + 1);
        var jobs = new List<(PowerShell Shell, IAsyncResult Pending, string Region, string ProjectId)>();
        try
        {
            for (var slot = 0; slot < Runspaces; slot++)
            {
                var (region, projectId) = Defaults[slot % 2];
                var shell = PowerShell.Create();
                shell.RunspacePool = pool;
                shell.AddScript(Worker).AddArgument(_fixture.Emulator.Url).AddArgument(region).AddArgument(projectId)
                    .AddArgument(EmulatorDefaults.AccessKey).AddArgument(EmulatorFixture.Secure(EmulatorDefaults.SecretKey))
                    .AddArgument(EmulatorDefaults.CdmClusterId).AddArgument(barrier).AddArgument(CallsPerRunspace);
                jobs.Add((shell, shell.BeginInvoke(), region, projectId));
            }
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(60)), "the runspaces did not all connect");
            var leakChecks = NeverConnectedRunspaceGetsNoCredentials();

            var cases = leakChecks;
            foreach (var (shell, pending, region, projectId) in jobs)
            {
                var output = shell.EndInvoke(pending);
                Assert.Empty(shell.Streams.Error);
                cases += CheckRunspaceOutput(output.ToList(), region, projectId);
            }
            await AssertRequestsPerProject();
            return cases;
        }
        finally
        {
            foreach (var job in jobs) job.Shell.Dispose();
        }
    }

    private async Task<int> ThroughForEachObjectParallel()
    {
        using var session = new PowerShellSession(importModule: false);
        using var barrier = new Barrier(Runspaces);
        session.Set("Worker", Worker); // -Parallel refuses script blocks in $using:
        session.Set("Barrier", barrier);
        session.Set("Secret", EmulatorFixture.Secure(EmulatorDefaults.SecretKey));
        session.Set("Defaults", Defaults.Select(d => new[] { d.Region, d.ProjectId }).ToArray());

        // Each parallel runspace is new: it imports the module itself. The slot rides along so each output can be checked against its own default.
        var run = session.Run("""
            param($Manifest, $Url, $AccessKey, $Cluster, $Calls)
            0..7 | ForEach-Object -ThrottleLimit 8 -Parallel {
                $slot = $_
                Import-Module $using:Manifest -ErrorAction Stop
                $default = ($using:Defaults)[$slot % 2]
                $worker = [scriptblock]::Create($using:Worker)
                & $worker $using:Url $default[0] $default[1] $using:AccessKey $using:Secret $using:Cluster $using:Barrier $using:Calls |
                    ForEach-Object { [pscustomobject]@{ Slot = $slot; Item = $_ } }
            }
            """, RepositoryPaths.Manifest, _fixture.Emulator.Url, EmulatorDefaults.AccessKey, EmulatorDefaults.CdmClusterId, CallsPerRunspace);

        Assert.Null(run.Terminating);
        Assert.Empty(run.Errors);
        var cases = 0;
        foreach (var slot in run.Output.GroupBy(o => Convert.ToInt32(PSObject.AsPSObject(o.Properties["Slot"].Value).BaseObject)).OrderBy(g => g.Key))
        {
            var (region, projectId) = Defaults[slot.Key % 2];
            cases += CheckRunspaceOutput(slot.Select(o => PSObject.AsPSObject(o.Properties["Item"].Value)).ToList(), region, projectId);
        }
        Assert.Equal(Runspaces * (CallsPerRunspace + 1), cases);
        await AssertRequestsPerProject();
        return cases;
    }

    /// <summary>Every call's result and the runspace's own context point at this runspace's default.</summary>
    private static int CheckRunspaceOutput(IReadOnlyList<PSObject> output, string region, string projectId)
    {
        Assert.Equal(CallsPerRunspace + 1, output.Count);
        var submissions = output.Take(CallsPerRunspace).ToList();
        Assert.All(submissions, s =>
        {
            Assert.Equal("HwTasks.Core.Services.Cdm.CdmJobSubmission", s.BaseObject.GetType().FullName);
            Assert.Equal("jdbc2hive", s.Properties["JobName"].Value);
            Assert.Equal(region, s.Properties["Region"].Value);
            Assert.Equal(projectId, s.Properties["ProjectId"].Value);
        });
        var context = output[^1];
        Assert.Equal("HwTasks.Core.HwCloudContext", context.BaseObject.GetType().FullName);
        Assert.Equal(region, context.Properties["Region"].Value);
        Assert.Equal(projectId, context.Properties["ProjectId"].Value);
        return submissions.Count + 1;
    }

    private async Task AssertRequestsPerProject()
    {
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.All(logged, l => Assert.Equal(200, l.Status));
        foreach (var (_, projectId) in Defaults)
        {
            Assert.Equal(Runspaces / 2 * CallsPerRunspace, logged.Count(l => l.Path.StartsWith("/v1.1/" + projectId + "/", StringComparison.Ordinal)));
        }
        Assert.Equal(Runspaces * CallsPerRunspace, logged.Count);
    }

    /// <summary>While the others are connected and calling, a runspace that never connected has no context and no credentials.</summary>
    private static int NeverConnectedRunspaceGetsNoCredentials()
    {
        using var bare = new PowerShellSession();
        var context = bare.Run("Get-HwCloudContext");
        Assert.Empty(context.Output);
        var call = bare.Run("Get-CdmJobStatus -ClusterId $args[0] -JobName jdbc2hive -Region cn-north-4", EmulatorDefaults.CdmClusterId);
        Assert.Empty(call.Output);
        var error = Assert.Single(call.Errors);
        Assert.Equal("NoCredentials,HwTasks.Commands.Cdm.GetCdmJobStatusCommand", error.FullyQualifiedErrorId);
        return 2;
    }
}
