using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using HwTasks.Demo;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Reliability;

/// <summary>
/// Distinctive values for every kind of secret, every cmdlet on its success and failure paths with
/// -Debug -Verbose (and -WhatIf where it applies), under each kind of credential. No secret, nor its
/// base64 or URL-encoded form, may appear in any stream, $Error, an exception's ToString(), the
/// formatted output, the context object or the emulator's request log. The OMS keys must reach the
/// one request body that needs them (its SHA-256 proves it) and nowhere else.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class SecretSentinelTests : IAsyncLifetime
{
    private const string Cluster = "6ec9a0a4-76be-4262-8697-e7af1fac7920";
    private const string Instance = "a1b2c3d4-0000-1111-2222-333344445555";
    private const string Workspace = "0833a5737480d53b2f25c010dc1a7b88";
    private const string DataArtsTask = "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a";
    private const string StoppedSync = "f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string SourceAk = "SENTINELSRCAK0000001";
    private const string SourceSk = "SentinelSrcSecretKey-5b9e1c";
    private const string DestinationAk = "SENTINELDSTAK0000001";
    private const string DestinationSk = "SentinelDstSecretKey-8f2a4d";
    private const string CdnKey = "SentinelCdnKey-3c7e9a/+=";

    private readonly EmulatorFixture _fixture;
    private string _issuedToken = string.Empty;

    public SecretSentinelTests(EmulatorFixture fixture) => _fixture = fixture;

    public async Task InitializeAsync()
    {
        await _fixture.ResetAsync();
        _issuedToken = await IssueTokenAsync();
        var s = _fixture.Session;
        s.Set("SentinelSource", new System.Management.Automation.PSCredential(SourceAk, EmulatorFixture.Secure(SourceSk)));
        s.Set("SentinelDestination", new System.Management.Automation.PSCredential(DestinationAk, EmulatorFixture.Secure(DestinationSk)));
        s.Set("SentinelCdn", EmulatorFixture.Secure(CdnKey));
        s.Set("SentinelAk", EmulatorDefaults.AccessKey);
        s.Set("SentinelTmpAk", EmulatorDefaults.TemporaryAccessKey);
        s.Set("SentinelSk", EmulatorFixture.Secure(EmulatorDefaults.SecretKey));
        s.Set("SentinelTmpSk", EmulatorFixture.Secure(EmulatorDefaults.TemporarySecretKey));
        s.Set("SentinelSecurityToken", EmulatorFixture.Secure(EmulatorDefaults.SecurityToken));
        s.Set("SentinelPassword", EmulatorFixture.Secure(EmulatorDefaults.Password));
        s.Set("SentinelToken", EmulatorFixture.Secure(_issuedToken));
        // A raw string body, with snake_case and camelCase secret fields: nothing marks it as secret but its field names.
        s.Set("SentinelJsonBody", "{\"src_ak\":\"" + SourceAk + "\",\"src_sk\":\"" + SourceSk + "\",\"dst_ak\":\"" + DestinationAk +
                                  "\",\"dst_sk\":\"" + DestinationSk + "\",\"secretKey\":\"" + CdnKey + "\"}");
    }

    public Task DisposeAsync() => _fixture.ResetAsync();

    private static readonly Dictionary<string, string> Modes = new()
    {
        ["AK/SK"] = "Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -AccessKey $SentinelAk -SecretKey $SentinelSk",
        ["temporary AK/SK + security token"] = "Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -AccessKey $SentinelTmpAk -SecretKey $SentinelTmpSk -SecurityToken $SentinelSecurityToken",
        ["X-Auth-Token"] = "Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -Token $SentinelToken",
        ["IAM password"] = "Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo -Password $SentinelPassword",
    };

    /// <summary>Each command on its success path, its failure path and, for changes, -WhatIf.</summary>
    private static readonly string[] Commands =
    {
        $"Get-CdmJob -ClusterId {Cluster} -First 2", $"Get-CdmJob -ClusterId {Cluster} -JobName no_such_job",
        $"Get-CdmJobStatus -ClusterId {Cluster} -JobName jdbc2hive", $"Get-CdmJobStatus -ClusterId {Cluster} -JobName no_such_job",
        $"Start-CdmJob -ClusterId {Cluster} -JobName jdbc2hive -Variables @{{ date = '2024-06-01' }}", $"Start-CdmJob -ClusterId {Cluster} -JobName no_such_job",
        $"Start-CdmJob -ClusterId {Cluster} -JobName jdbc2hive -WhatIf",
        $"Stop-CdmJob -ClusterId {Cluster} -JobName jdbc2hive -Confirm:$false", $"Stop-CdmJob -ClusterId {Cluster} -JobName no_such_job -Confirm:$false",
        $"Stop-CdmJob -ClusterId {Cluster} -JobName jdbc2hive -WhatIf",
        "Get-KafkaInstance -First 2", "Get-DataArtsWorkspace -InstanceId " + EmulatorDefaults.DataArtsInstanceId, "Get-DataArtsWorkspace -InstanceId no_such_instance",
        $"Get-KafkaBackgroundTask -InstanceId {Instance} -First 2", $"Get-KafkaBackgroundTask -InstanceId {Instance} -TaskId no_such_task",
        $"Remove-KafkaBackgroundTask -InstanceId {Instance} -TaskId no_such_task -Confirm:$false", $"Remove-KafkaBackgroundTask -InstanceId {Instance} -TaskId 8abfa7b372160bfd017216560af83e6e -WhatIf",
        "Get-OmsSyncTask -First 2", "Get-OmsSyncTask -SyncTaskId no_such_task",
        $"Start-OmsSyncTask -SyncTaskId {StoppedSync} -SourceCredential $SentinelSource -DestinationCredential $SentinelDestination -CdnAuthenticationKey $SentinelCdn",
        "Start-OmsSyncTask -SyncTaskId no_such_task -SourceCredential $SentinelSource -DestinationCredential $SentinelDestination -CdnAuthenticationKey $SentinelCdn",
        $"Start-OmsSyncTask -SyncTaskId {StoppedSync} -SourceCredential $SentinelSource -DestinationCredential $SentinelDestination -WhatIf",
        $"Stop-OmsSyncTask -SyncTaskId {StoppedSync} -Confirm:$false", "Stop-OmsSyncTask -SyncTaskId no_such_task -Confirm:$false",
        $"Stop-OmsSyncTask -SyncTaskId {StoppedSync} -WhatIf",
        "Get-AomWorkflow -Type cron", "Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report -State Enabled",
        "Set-AomWorkflowTrigger -WorkflowId no_such_workflow -State Enabled", "Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report -State Disabled -WhatIf",
        $"Get-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId {DataArtsTask}", $"Get-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId no_such_task",
        $"Start-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId {DataArtsTask}", $"Start-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId no_such_task",
        $"Start-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId {DataArtsTask} -Schedule -WhatIf",
        $"Stop-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId {DataArtsTask} -Confirm:$false", $"Stop-DataArtsMetadataTask -WorkspaceId {Workspace} -TaskId no_such_task -Confirm:$false",
        $"Get-OmsSyncTask -SyncTaskId {StoppedSync} | Wait-HwTask -TimeoutSec 5 -PollIntervalSec 0.2", "'not a task' | Wait-HwTask -TimeoutSec 5",
        "Invoke-HwCloudRequest -Service Kafka -Path '/v2/{project_id}/instances/" + Instance + "/tasks' -Query @{ limit = 1 }",
        "Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters/" + Cluster + "/cdm/job/no_such_job/status'",
        "Invoke-HwCloudRequest -Service Oms -Method POST -Path '/v2/{project_id}/sync-tasks/" + StoppedSync + "/start' -Body $SentinelJsonBody -Confirm:$false",
        "Get-HwCloudContext", "New-HwCloudContext -EndpointUrl $EmulatorUrl -Region cn-north-4 -AccessKey $SentinelAk -SecretKey $SentinelSk",
    };

    private IEnumerable<string> Secrets() => new[]
    {
        EmulatorDefaults.AccessKey, EmulatorDefaults.SecretKey, EmulatorDefaults.TemporaryAccessKey, EmulatorDefaults.TemporarySecretKey,
        EmulatorDefaults.SecurityToken, EmulatorDefaults.Password, _issuedToken, SourceAk, SourceSk, DestinationAk, DestinationSk, CdnKey,
    };

    [Fact]
    public void Every_service_cmdlet_is_run_with_the_sentinels()
    {
        var run = Commands.Select(c => c.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var registered = RegisteredCommands.ServiceCmdlets(_fixture.Session);

        Assert.Empty(registered.Where(c => !run.Contains(c)));
        Assert.Contains("Stop-CdmJob", registered);
    }

    [Fact]
    public async Task No_secret_reaches_any_stream_error_format_view_context_or_request_log()
    {
        var cases = 0;
        var surfaces = new StringBuilder();
        foreach (var (mode, connect) in Modes)
        {
            _fixture.Session.Run(connect + " | Out-Null").ThrowIfFailed();
            foreach (var command in Commands)
            {
                var run = _fixture.Session.Run(command + " -Debug -Verbose");
                Assert.Null(run.Terminating);
                surfaces.AppendLine(run.AllText());
                cases++;
            }
            var context = _fixture.Session.Run(
                "$c = Get-HwCloudContext; $c.ToString(); $c.Credential.ToString(); $c.PSObject.Properties | ForEach-Object { $_.Name + '=' + $_.Value }").ThrowIfFailed();
            surfaces.AppendLine(context.AllText());
        }
        var errors = _fixture.Session.Run(
            "$Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.FullyQualifiedErrorId; \"$($_.TargetObject)\"; $_.ScriptStackTrace }").ThrowIfFailed();
        surfaces.AppendLine(errors.AllText());
        surfaces.AppendLine(FormattedOutput());
        var log = await _fixture.Emulator.RequestLogTextAsync();
        _fixture.Connect();

        foreach (var secret in Secrets())
        {
            foreach (var form in Forms(secret))
            {
                Assert.False(surfaces.ToString().Contains(form, StringComparison.Ordinal), "'" + form + "' (a form of a secret) reached a PowerShell surface");
                Assert.False(log.Contains(form, StringComparison.Ordinal), "'" + form + "' (a form of a secret) reached the emulator's request log");
            }
        }
        await AssertOmsKeysWentOnlyIntoTheStartBody();
        ReliabilityTable.Record("Secrets",
            "12 distinctive secrets (AK, SK, temporary AK/SK, security token, X-Auth-Token, IAM password, OMS source/destination AK/SK, CDN key) " +
            "in plain, base64 and URL-encoded form; every cmdlet's success, failure and -WhatIf path with -Debug -Verbose under " + Modes.Count +
            " kinds of credential; $Error, exception text, format views, the context object and the emulator's request log",
            cases, "no secret anywhere; the OMS keys only in the StartSyncTask body (SHA-256 verified)");
    }

    private async Task AssertOmsKeysWentOnlyIntoTheStartBody()
    {
        var expected = "{\"src_ak\":\"" + SourceAk + "\",\"src_sk\":\"" + SourceSk + "\",\"dst_ak\":\"" + DestinationAk + "\",\"dst_sk\":\"" + DestinationSk +
                       "\",\"source_cdn_authentication_key\":\"SentinelCdnKey-3c7e9a/\\u002B=\"}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        _fixture.Session.Run($"Stop-OmsSyncTask -SyncTaskId {StoppedSync} -Confirm:$false -ErrorAction SilentlyContinue | Out-Null; " +
                             $"Start-OmsSyncTask -SyncTaskId {StoppedSync} -SourceCredential $SentinelSource -DestinationCredential $SentinelDestination -CdnAuthenticationKey $SentinelCdn")
            .ThrowIfFailed();

        var starts = (await _fixture.Emulator.RequestsAsync()).Where(r => r.Path.EndsWith("/start", StringComparison.Ordinal) && r.Path.Contains("/sync-tasks/")).ToList();
        Assert.Contains(starts, r => r.BodySha256 == hash);
        Assert.All(starts, r => Assert.Contains("\"src_sk\":\"REDACTED\"", r.Body));
    }

    /// <summary>Every success command rendered through Out-Default by a host, as a user sees it.</summary>
    private string FormattedOutput()
    {
        var text = new StringWriter();
        using var session = new PowerShellSession(host: new ConsoleHost(text));
        foreach (var name in new[] { "EmulatorUrl", "SentinelAk", "SentinelSk", "SentinelSource", "SentinelDestination", "SentinelCdn", "SentinelJsonBody" })
            session.Set(name, _fixture.Session.Runspace.SessionStateProxy.GetVariable(name));
        session.Run(Modes["AK/SK"] + " | Out-Default").ThrowIfFailed();
        foreach (var command in Commands.Where(c => !c.Contains("no_such", StringComparison.Ordinal)))
            session.Run(command + " | Out-Default");
        session.Run("Get-HwCloudContext | Out-Default").ThrowIfFailed();
        var rendered = text.ToString();
        Assert.Contains("AK EMUL…0001", rendered); // the rendering really happened
        return rendered;
    }

    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        var escaped = Uri.EscapeDataString(secret);
        if (escaped != secret) yield return escaped;
    }

    private async Task<string> IssueTokenAsync()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Emulator.BaseUri };
        var body = new
        {
            auth = new
            {
                identity = new { methods = new[] { "password" }, password = new { user = new { domain = new { name = EmulatorDefaults.AccountName }, name = EmulatorDefaults.UserName, password = EmulatorDefaults.Password } } },
                scope = new { project = new { name = "cn-north-4" } },
            },
        };
        var response = await http.PostAsJsonAsync("v3/auth/tokens", body);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("X-Subject-Token").Single();
    }
}
