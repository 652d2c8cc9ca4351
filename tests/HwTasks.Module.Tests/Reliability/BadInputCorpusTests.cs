using System.Collections;
using System.Management.Automation;
using System.Security;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Reliability;

/// <summary>
/// Bad input for every cmdlet parameter that reaches a URL, header, query or body: each case runs
/// the cmdlet in the hosted engine with the emulator connected and must be refused by binding or
/// validation, with the parameter named in the message, before any request leaves the process.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class BadInputCorpusTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public BadInputCorpusTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    public static IEnumerable<object[]> CaseNames() => BadInputCorpus.Cases.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Bad_input_is_refused_before_sending_and_names_the_parameter(string name)
    {
        var bad = BadInputCorpus.Cases.Single(c => c.Name == name);
        var arguments = bad.Arguments();

        var run = _fixture.Session.Run("$p = $args[0]; " + bad.Command + " @p", arguments);

        var errors = run.Errors.ToList();
        if (run.Terminating is IContainsErrorRecord terminating) errors.Add(terminating.ErrorRecord);
        Assert.True(errors.Count > 0, name + ": no error; output: " + string.Join(", ", run.Output));
        Assert.Empty(run.Output);
        var error = errors[0];
        var message = error.Exception.Message + " " + error.ErrorDetails?.Message;
        Assert.True(message.Contains("'" + bad.Parameter + "'", StringComparison.Ordinal) || message.Contains("-" + bad.Parameter, StringComparison.Ordinal),
            name + ": the message does not name " + bad.Parameter + ": " + message);
        Assert.True(error.CategoryInfo.Category is ErrorCategory.InvalidArgument or ErrorCategory.InvalidData,
            name + ": not a binding or validation error: " + error.FullyQualifiedErrorId + " " + error.CategoryInfo.Category + ": " + message);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public void Every_service_cmdlet_has_a_valid_call_and_every_identifier_its_cases_at_its_own_longest_length()
    {
        // What the module registers, read from its metadata: a new cmdlet or id parameter without rows here fails.
        var commands = RegisteredCommands.ServiceCmdlets(_fixture.Session);
        var identifiers = RegisteredCommands.Identifiers(_fixture.Session);

        Assert.Equal(commands, BadInputCorpus.ServiceCommands.Order(StringComparer.Ordinal));
        Assert.Equal(identifiers, BadInputCorpus.IdentifierParameters.Select(i => i.Command + " -" + i.Parameter + " " + i.MaximumLength).Order(StringComparer.Ordinal));
        Assert.Contains("Stop-CdmJob -JobName 256", identifiers);
    }

    [Fact]
    public void The_corpus_is_recorded()
    {
        var cases = BadInputCorpus.Cases;
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        Assert.True(cases.Count >= 100);
        var commands = cases.Select(c => c.Command).Distinct().Count();
        var parameters = cases.Select(c => c.Command + " -" + c.Parameter).Distinct().Count();
        ReliabilityTable.Record("Bad input",
            "empty, whitespace, too long, wrong pattern, control characters, CR/LF injection, '.', '..' and '../' in every id; wrong types, " +
            "huge -Variables, reversed time range, invalid sets and ranges, bad endpoint URLs; " + parameters + " parameters of " + commands + " cmdlets",
            cases.Count, "refused before sending; parameter named; 0 requests");
    }
}

/// <summary>One bad value for one parameter; the other arguments are valid, so only that value can be refused.</summary>
public sealed record BadInput(string Name, string Command, string Parameter, Func<Hashtable> Arguments);

public static class BadInputCorpus
{
    private const string Workspace = EmulatorDefaults.DataArtsWorkspaceId;
    private const string Cluster = EmulatorDefaults.CdmClusterId;
    private const string Instance = EmulatorDefaults.KafkaInstanceId;

    /// <summary>A valid call of each cmdlet; mutating ones with -Confirm:$false so that nothing but the bad value can stop them.</summary>
    private static readonly (string Command, Func<Hashtable> Valid)[] Commands =
    {
        ("Start-DataArtsMetadataTask", () => new Hashtable { ["WorkspaceId"] = Workspace, ["TaskId"] = "t1", ["Confirm"] = false }),
        ("Stop-DataArtsMetadataTask", () => new Hashtable { ["WorkspaceId"] = Workspace, ["TaskId"] = "t1", ["Confirm"] = false }),
        ("Get-DataArtsMetadataTask", () => new Hashtable { ["WorkspaceId"] = Workspace, ["TaskId"] = "t1" }),
        ("Get-DataArtsWorkspace", () => new Hashtable { ["InstanceId"] = EmulatorDefaults.DataArtsInstanceId }),
        ("Set-AomWorkflowTrigger", () => new Hashtable { ["WorkflowId"] = "wf1", ["State"] = "Enabled", ["Confirm"] = false }),
        ("Get-AomWorkflow", () => new Hashtable { ["Name"] = "nightly" }),
        ("Start-CdmJob", () => new Hashtable { ["ClusterId"] = Cluster, ["JobName"] = "jdbc2hive", ["Confirm"] = false }),
        ("Stop-CdmJob", () => new Hashtable { ["ClusterId"] = Cluster, ["JobName"] = "jdbc2hive", ["Confirm"] = false }),
        ("Get-CdmJobStatus", () => new Hashtable { ["ClusterId"] = Cluster, ["JobName"] = "jdbc2hive" }),
        ("Get-CdmJob", () => new Hashtable { ["ClusterId"] = Cluster, ["JobName"] = "jdbc2hive" }),
        ("Start-OmsSyncTask", () => new Hashtable
        {
            ["SyncTaskId"] = "s1", ["SourceCredential"] = Credential("SRCAK", "srcsk"), ["DestinationCredential"] = Credential("DSTAK", "dstsk"), ["Confirm"] = false,
        }),
        ("Stop-OmsSyncTask", () => new Hashtable { ["SyncTaskId"] = "s1", ["Confirm"] = false }),
        ("Get-OmsSyncTask", () => new Hashtable { ["SyncTaskId"] = "s1" }),
        ("Get-KafkaBackgroundTask", () => new Hashtable { ["InstanceId"] = Instance, ["TaskId"] = "k1" }),
        ("Remove-KafkaBackgroundTask", () => new Hashtable { ["InstanceId"] = Instance, ["TaskId"] = "k1", ["Confirm"] = false }),
        ("Get-KafkaInstance", () => new Hashtable { ["First"] = 1 }),
    };

    /// <summary>Every parameter that becomes a path segment, header or search text, with its longest valid length.</summary>
    private static readonly (string Command, string Parameter, int MaximumLength)[] Identifiers =
    {
        ("Start-DataArtsMetadataTask", "WorkspaceId", 64), ("Start-DataArtsMetadataTask", "TaskId", 64),
        ("Stop-DataArtsMetadataTask", "WorkspaceId", 64), ("Stop-DataArtsMetadataTask", "TaskId", 64),
        ("Get-DataArtsMetadataTask", "WorkspaceId", 64), ("Get-DataArtsMetadataTask", "TaskId", 64),
        ("Get-DataArtsWorkspace", "InstanceId", 64),
        ("Set-AomWorkflowTrigger", "WorkflowId", 64), ("Get-AomWorkflow", "Name", 128),
        ("Start-CdmJob", "ClusterId", 64), ("Start-CdmJob", "JobName", 256),
        ("Stop-CdmJob", "ClusterId", 64), ("Stop-CdmJob", "JobName", 256),
        ("Get-CdmJobStatus", "ClusterId", 64), ("Get-CdmJobStatus", "JobName", 256),
        ("Get-CdmJob", "ClusterId", 64), ("Get-CdmJob", "JobName", 256),
        ("Start-OmsSyncTask", "SyncTaskId", 255), ("Stop-OmsSyncTask", "SyncTaskId", 255), ("Get-OmsSyncTask", "SyncTaskId", 255),
        ("Get-KafkaBackgroundTask", "InstanceId", 64), ("Get-KafkaBackgroundTask", "TaskId", 64),
        ("Remove-KafkaBackgroundTask", "InstanceId", 64), ("Remove-KafkaBackgroundTask", "TaskId", 64),
    };

    public static IEnumerable<string> ServiceCommands => Commands.Select(c => c.Command);

    /// <summary>Search texts of a list parameter set: valid calls name an id of the other set, which each case leaves out.</summary>
    private static readonly (string Command, string Parameter, int MaximumLength, string IdOfOtherSet)[] SearchTexts =
    {
        ("Get-DataArtsMetadataTask", "Name", 128, "TaskId"),
    };

    public static IEnumerable<(string Command, string Parameter, int MaximumLength)> IdentifierParameters =>
        Identifiers.Concat(SearchTexts.Select(s => (s.Command, s.Parameter, s.MaximumLength)));

    // The identifier parameters typed string[] (each id one item): an array is several ids there, not bad input.
    private static readonly HashSet<(string Command, string Parameter)> Several = new()
    {
        ("Start-CdmJob", "JobName"), ("Stop-CdmJob", "JobName"), ("Get-CdmJobStatus", "JobName"), ("Get-CdmJob", "JobName"),
        ("Get-DataArtsWorkspace", "InstanceId"),
        ("Start-OmsSyncTask", "SyncTaskId"), ("Stop-OmsSyncTask", "SyncTaskId"), ("Get-OmsSyncTask", "SyncTaskId"),
        ("Start-DataArtsMetadataTask", "TaskId"), ("Stop-DataArtsMetadataTask", "TaskId"), ("Get-DataArtsMetadataTask", "TaskId"),
        ("Set-AomWorkflowTrigger", "WorkflowId"),
        ("Get-KafkaBackgroundTask", "TaskId"), ("Remove-KafkaBackgroundTask", "TaskId"),
    };

    // After the tables above: static fields initialize in order.
    public static IReadOnlyList<BadInput> Cases { get; } = Build();

    private static IEnumerable<(string Label, Func<int, object> Value)> BadIdentifiers() => new (string, Func<int, object>)[]
    {
        ("empty", _ => ""),
        ("whitespace", _ => "   "),
        ("one character too long", max => new string('a', max + 1)),
        ("'.'", _ => "."),
        ("'..'", _ => ".."),
        ("'../' traversal", _ => "../../v3/auth/tokens"),
        ("'..\\' traversal", _ => "..\\x"),
        ("CR/LF header injection", _ => "x\r\nX-Injected: 1"),
        ("NUL", _ => "a\0b"),
        ("tab", _ => "a\tb"),
        ("trailing space", _ => "abc "),
        ("a hashtable", _ => new Hashtable { ["a"] = 1 }),
        ("an array", _ => new object[] { "a", "b" }),
    };

    private static bool TakesSeveral(string command, string parameter) => Several.Contains((command, parameter));

    private static List<BadInput> Build()
    {
        var cases = new List<BadInput>();
        void Add(string label, string command, string parameter, Func<object?> value, Action<Hashtable>? also = null)
        {
            var valid = Commands.Single(c => c.Command == command).Valid;
            cases.Add(new BadInput(command + " -" + parameter + " " + label, command, parameter, () =>
            {
                var arguments = valid();
                arguments[parameter] = value();
                also?.Invoke(arguments);
                return arguments;
            }));
        }

        foreach (var (command, parameter, max) in Identifiers)
        {
            var many = TakesSeveral(command, parameter);
            foreach (var (label, value) in BadIdentifiers())
            {
                // -JobName a,b is several ids; one bad id among them is still refused before any request.
                if (many && label == "an array") Add("an array holding a traversal", command, parameter, () => new object[] { "a", "../x" });
                else Add(label, command, parameter, () => value(max));
            }
        }
        foreach (var (command, parameter, max, idOfOtherSet) in SearchTexts)
        {
            foreach (var (label, value) in BadIdentifiers()) Add(label, command, parameter, () => value(max), a => a.Remove(idOfOtherSet));
        }

        // Where: the common parameters of every service cmdlet.
        foreach (var command in new[] { "Get-CdmJobStatus", "Start-OmsSyncTask", "Get-KafkaBackgroundTask" })
        {
            Add("upper case", command, "Region", () => "CN-NORTH-4");
            Add("underscores", command, "Region", () => "cn_north_4");
            Add("CR/LF", command, "Region", () => "cn-north-4\r\nX: 1");
            Add("traversal", command, "Region", () => "../cn-north-4");
            Add("empty", command, "Region", () => "");
            Add("31 characters", command, "ProjectId", () => EmulatorDefaults.ProjectCnNorth4[..31]);
            Add("33 characters", command, "ProjectId", () => EmulatorDefaults.ProjectCnNorth4 + "0");
            Add("with '-'", command, "ProjectId", () => "0123456789abcdef-0123456789abcde");
            Add("traversal", command, "ProjectId", () => "../0123456789abcdef0123456789abc");
            Add("CR/LF", command, "ProjectId", () => "0123456789abcdef0123456789abcd\r\n");
            Add("ftp scheme", command, "EndpointUrl", () => "ftp://x");
            Add("with a query", command, "EndpointUrl", () => "http://127.0.0.1:1/?a=b");
            Add("with a fragment", command, "EndpointUrl", () => "http://127.0.0.1:1/#top");
            Add("relative", command, "EndpointUrl", () => "relative/path");
            Add("11", command, "MaximumRetryCount", () => 11);
            Add("-1", command, "MaximumRetryCount", () => -1);
            Add("'many'", command, "MaximumRetryCount", () => "many");
            Add("-1", command, "RetryIntervalSec", () => -1);
            Add("601", command, "RetryIntervalSec", () => 601);
            Add("0", command, "TimeoutSec", () => 0);
            Add("3601", command, "TimeoutSec", () => 3601);
            Add("a string", command, "Context", () => "my-account");
        }

        // What: values with a meaning of their own.
        Add("'On'", "Set-AomWorkflowTrigger", "State", () => "On");
        Add("empty", "Set-AomWorkflowTrigger", "State", () => "");
        Add("'daily'", "Get-AomWorkflow", "Type", () => "daily");
        Add("'Running'", "Get-OmsSyncTask", "Status", () => "Running", a => a.Remove("SyncTaskId"));
        Add("10,000 entries", "Start-CdmJob", "Variables", () => Enumerable.Range(0, 10_000).ToDictionary(i => "v" + i, i => (object)i.ToString()).ToHashtable());
        Add("a 1 MB value", "Start-CdmJob", "Variables", () => new Hashtable { ["big"] = new string('x', 1 << 20) });
        Add("a nested table", "Start-CdmJob", "Variables", () => new Hashtable { ["date"] = new Hashtable { ["nested"] = 1 } });
        Add("a null value", "Start-CdmJob", "Variables", () => new Hashtable { ["date"] = null });
        Add("a bad name", "Start-CdmJob", "Variables", () => new Hashtable { ["1bad"] = "x" });
        Add("CR/LF in a value", "Start-CdmJob", "Variables", () => new Hashtable { ["date"] = "2024\r\nX: 1" });
        Add("a string", "Start-CdmJob", "Variables", () => "date=2024-06-01");
        Add("0", "Start-CdmJob", "PollIntervalSec", () => 0, a => a["Wait"] = true);
        Add("0", "Start-CdmJob", "WaitTimeoutSec", () => 0, a => a["Wait"] = true);
        Add("a string", "Get-KafkaBackgroundTask", "After", () => "not a date", a => a.Remove("TaskId"));
        Add("a hashtable", "Get-KafkaBackgroundTask", "Before", () => new Hashtable { ["a"] = 1 }, a => a.Remove("TaskId"));
        Add("later than -Before", "Get-KafkaBackgroundTask", "After", () => new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero), a =>
        {
            a.Remove("TaskId");
            a["Before"] = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        });
        Add("-1", "Get-KafkaBackgroundTask", "First", () => -1, a => a.Remove("TaskId"));
        Add("-1", "Get-KafkaBackgroundTask", "Skip", () => -1, a => a.Remove("TaskId"));
        Add("an AK of 101 characters", "Start-OmsSyncTask", "SourceCredential", () => Credential(new string('A', 101), "sk"));
        Add("an SK of 101 characters", "Start-OmsSyncTask", "SourceCredential", () => Credential("AK", new string('s', 101)));
        Add("an empty SK", "Start-OmsSyncTask", "SourceCredential", () => Credential("AK", ""));
        Add("an AK of 101 characters", "Start-OmsSyncTask", "DestinationCredential", () => Credential(new string('A', 101), "sk"));
        Add("an SK of 101 characters", "Start-OmsSyncTask", "DestinationCredential", () => Credential("AK", new string('s', 101)));
        Add("an AK with CR/LF", "Start-OmsSyncTask", "DestinationCredential", () => Credential("AK\r\nX: 1", "sk"));
        Add("a plain string", "Start-OmsSyncTask", "DestinationCredential", () => "DSTAK:dstsk");
        Add("256 characters", "Start-OmsSyncTask", "CdnAuthenticationKey", () => Secure(new string('k', 256)));
        Add("a plain string", "Start-OmsSyncTask", "CdnAuthenticationKey", () => "cdn-key");
        return cases.Concat(OtherCommands()).ToList();
    }

    /// <summary>Commands whose valid call differs from the service cmdlets': requests, waiting and contexts.</summary>
    private static IEnumerable<BadInput> OtherCommands()
    {
        BadInput Case(string label, string command, string parameter, Func<Hashtable> arguments) =>
            new(command + " -" + parameter + " " + label, command, parameter, arguments);
        Hashtable Request(string parameter, object value) =>
            With(new Hashtable { ["Service"] = "Cdm", ["Path"] = "/v1.1/{project_id}/clusters", ["Confirm"] = false }, parameter, value);
        yield return Case("relative", "Invoke-HwCloudRequest", "Path", () => Request("Path", "v1.1/{project_id}/clusters"));
        yield return Case("'..' segment", "Invoke-HwCloudRequest", "Path", () => Request("Path", "/v1.1/{project_id}/../../v3/auth/tokens"));
        yield return Case("encoded '..' segment", "Invoke-HwCloudRequest", "Path", () => Request("Path", "/v1.1/%2e%2e/v3"));
        yield return Case("with a query", "Invoke-HwCloudRequest", "Path", () => Request("Path", "/v1.1/{project_id}/clusters?a=b"));
        yield return Case("CR/LF", "Invoke-HwCloudRequest", "Path", () => Request("Path", "/v1.1/x\r\nX-Injected: 1"));
        yield return Case("empty", "Invoke-HwCloudRequest", "Path", () => Request("Path", ""));
        yield return Case("'TRACE'", "Invoke-HwCloudRequest", "Method", () => Request("Method", "TRACE"));
        yield return Case("'Ftp'", "Invoke-HwCloudRequest", "Service", () => Request("Service", "Ftp"));
        yield return Case("a value with CR/LF", "Invoke-HwCloudRequest", "Header", () => Request("Header", new Hashtable { ["X-A"] = "v\r\nX-Injected: 1" }));
        yield return Case("a name with a space", "Invoke-HwCloudRequest", "Header", () => Request("Header", new Hashtable { ["bad name"] = "v" }));
        yield return Case("an empty name", "Invoke-HwCloudRequest", "Header", () => Request("Header", new Hashtable { [""] = "v" }));
        yield return Case("empty", "Invoke-HwCloudRequest", "ContentType", () => Request("ContentType", ""));
        yield return Case("11", "Invoke-HwCloudRequest", "MaximumRetryCount", () => Request("MaximumRetryCount", 11));

        yield return Case("0", "Wait-HwTask", "TimeoutSec", () => new Hashtable { ["InputObject"] = "x", ["TimeoutSec"] = 0 });
        yield return Case("0", "Wait-HwTask", "PollIntervalSec", () => new Hashtable { ["InputObject"] = "x", ["PollIntervalSec"] = 0 });
        yield return Case("null", "Wait-HwTask", "InputObject", () => new Hashtable { ["InputObject"] = null });

        foreach (var command in new[] { "New-HwCloudContext", "Connect-HwCloud" })
        {
            Hashtable Keys(string parameter, object? value) => With(new Hashtable
            {
                ["EndpointUrl"] = "http://127.0.0.1:1", ["Region"] = "cn-north-4", ["ProjectId"] = EmulatorDefaults.ProjectCnNorth4,
                ["AccessKey"] = EmulatorDefaults.AccessKey, ["SecretKey"] = Secure(EmulatorDefaults.SecretKey),
            }, parameter, value);
            Hashtable Password(string parameter, object? value) => With(new Hashtable
            {
                ["EndpointUrl"] = "http://127.0.0.1:1", ["Region"] = "cn-north-4", ["UserName"] = EmulatorDefaults.UserName,
                ["DomainName"] = EmulatorDefaults.AccountName, ["Password"] = Secure(EmulatorDefaults.Password),
            }, parameter, value);
            yield return Case("upper case", command, "Region", () => Keys("Region", "CN-NORTH-4"));
            yield return Case("empty", command, "Region", () => Keys("Region", ""));
            yield return Case("33 characters", command, "ProjectId", () => Keys("ProjectId", EmulatorDefaults.ProjectCnNorth4 + "0"));
            yield return Case("with '-'", command, "ProjectId", () => Keys("ProjectId", "0123456789abcdef-0123456789abcde"));
            yield return Case("ftp scheme", command, "EndpointUrl", () => Keys("EndpointUrl", "ftp://x"));
            yield return Case("with a query", command, "EndpointUrl", () => Keys("EndpointUrl", "http://127.0.0.1:1/?a=b"));
            yield return Case("empty", command, "AccessKey", () => Keys("AccessKey", ""));
            yield return Case("CR/LF", command, "AccessKey", () => Keys("AccessKey", "AK\r\nX: 1"));
            yield return Case("129 characters", command, "AccessKey", () => Keys("AccessKey", new string('A', 129)));
            yield return Case("a plain string", command, "SecretKey", () => Keys("SecretKey", "plain-secret"));
            yield return Case("65 characters", command, "UserName", () => Password("UserName", new string('u', 65)));
            yield return Case("CR/LF", command, "DomainName", () => Password("DomainName", "d\r\nX: 1"));
            yield return Case("a plain string", command, "Password", () => Password("Password", "plain-password"));
            yield return Case("traversal", command, "ProfileName", () => new Hashtable { ["ProfileName"] = "../basic" });
        }
    }

    /// <summary>A valid call's arguments with one of them replaced by the bad value.</summary>
    private static Hashtable With(Hashtable valid, string parameter, object? value)
    {
        valid[parameter] = value;
        return valid;
    }

    private static Hashtable ToHashtable(this Dictionary<string, object> values)
    {
        var table = new Hashtable(values.Count);
        foreach (var (key, value) in values) table[key] = value;
        return table;
    }

    private static PSCredential Credential(string user, string password) => new(user, Secure(password));

    private static SecureString Secure(string value) => EmulatorFixture.Secure(value);
}
