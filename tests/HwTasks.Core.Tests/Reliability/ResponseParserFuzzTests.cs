using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Oms;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.Iam;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Json;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Kafka;
using HwTasks.Tests.Shared;

namespace HwTasks.Core.Tests.Reliability;

/// <summary>
/// Every response parser against mutated bodies: the services' documented samples (and the
/// emulator's wire shapes) with bytes flipped, inserted, deleted and cut, fields given the wrong
/// type, huge numbers, deep nesting, invalid UTF-8 and plain random bytes. Seeded, so a failure
/// reproduces; HWTASKS_FUZZ_SEED picks another run.
/// </summary>
public class ResponseParserFuzzTests
{
    private const int Bodies = 12_000;
    private static readonly byte[] SuccessBody = Encoding.UTF8.GetBytes(AomClient.SuccessBody);

    private static readonly string[] Samples =
    {
        // CDM StartJob / ShowJobStatus (seed 002 sample, with its date as a string) and the emulator's status shape.
        """{"submissions":[{"job-name":"jdbc2hive","creation-user":"cdm","creation-date":"1536905778725","progress":1,"status":"BOOTING","submission-id":42,"isIncrementing":false,"delete_rows":0,"update_rows":0,"write_rows":0,"isStopingIncrement":"","is-execute-auto":false,"last-update-date":1536905779000,"last-udpate-user":"cdm","isDeleteJob":false,"execute-date":1536905778725}]}""",
        """{"submissions":[{"job-name":"j","status":"FAILED","progress":-1,"last-update-user":"ops","external-id":"job_local1_0001","error-summary":"boom","error-details":"trace","counters":{"org.apache.sqoop.submission.counter.SqoopCounters":{"ROWS_READ":5,"BYTES_READ":640}}}]}""",
        // CDM ShowJobs and StopJob (both documented shapes).
        """{"total":2,"page_no":1,"page_size":100,"jobs":[{"name":"jdbc2hive","job_type":"NORMAL_JOB","status":"SUCCEEDED","creation-user":"cdm","creation-date":1536905778725,"update-date":"1536905779000","last-update-date":1536905779000,"from-connector-name":"generic-jdbc-connector","to-connector-name":"hive-connector","from-link-name":"mysql_link","to-link-name":"hive_link","last-submission-id":7},{"name":"x","status":"NEW"}]}""",
        """{"validation-result":[{"message":"Job is stopping","status":"WARNING"}]}""",
        """{"submissions":[{"job-name":"jdbc2hive","status":"RUNNING","progress":50.5}]}""",
        // Kafka ListBackgroundTasks / ShowBackgroundTask (seed 004): task_count as a string, params a JSON document in a string.
        """{"task_count":"2","tasks":[{"id":"8abfa7b372160bfd0172165864064079","name":"modifyAutoTopic","user_name":"paas","user_id":"0ab2","params":"{\"old_auto_status\":true,\"new_auto_status\":false}","status":"SUCCESS","created_at":"2020-05-15T03:19:51.046Z","updated_at":"2020-05-15T03:19:52.046Z"},{"id":"8abfa7b372160bfd017216560af83e6e","name":"changeRetentionPolicy","params":"{\"new_retention_policy\":\"produce_reject\"}","status":"EXECUTING","created_at":"2020-05-15T03:19:51Z"}]}""",
        // OMS ListSyncTasks and ShowSyncTask.
        """{"count":1,"tasks":[{"sync_task_id":"f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b","src_cloud_type":"AWS","src_region":"us-east-1","src_bucket":"prod-assets","dst_bucket":"hw-prod-assets","dst_region":"cn-north-4","status":"STOPPED","description":"assets","create_time":1718000000000,"last_start_time":1718003600000}]}""",
        """{"sync_task_id":"0b9c","src_cloud_type":"Aliyun","status":"SYNCHRONIZING","task_type":"object","create_time":"1718000000000","monthly_acceptance_request":10,"monthly_success_object":50210,"monthly_failure_object":0,"monthly_skip_object":"3","monthly_size":123456789}""",
        // AOM ListWorkflow.
        """{"elements":[{"id":"wf-cron-nightly-cleanup","name":"nightly-log-cleanup","description":"d","type":"cron","status":"success","trigger_id":"t1","trigger_status":"enable","cron":"0 2 * * *","create_time":1718000000000,"update_time":1718000000000,"last_execution_start_time":1718003600000}],"total_elements":1}""",
        // DataArts ShowTaskList and ShowTaskInfo.
        """{"count":1,"total_records":1,"resources":[{"id":"1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f","name":"collect_dws_sales","description":"d","user_name":"u","task_type":"metadata","data_source_type":"DWS","create_time":1718000000000,"update_time":"1718000000000","schedule_config":{"cron_expression":"0 0 2 * * ?","schedule_type":"CRON","enabled":true,"start_time":1718000000000,"end_time":null},"last_run_time":1718000000000,"last_run_status":"SUCCESS","next_run_time":1718086400000}]}""",
        """{"id":"2d3e","name":"collect_dli_catalog","data_source_type":"DLI","schedule_config":{"cron_expression":"0 30 */6 * * ?","enabled":"false"}}""",
        // CDM ListClusters, Kafka ListInstances, DataArts ListDataArtsStudioInstances and ListManagerWorkSpaces (the SDKs' models Clusters, ShowInstanceResp, ApigCommodityOrder, Workspacebody).
        """{"clusters":[{"id":"6ec9a0a4-76be-4262-8697-e7af1fac7920","name":"cdm-demo","status":"200","statusDetail":"Normal","created":"2024-05-15T03:19:51Z","updated":"2024-05-15T03:19:51Z","flavorName":"cdm.medium","azName":"cn-north-4a","isFrozen":"0","datastore":{"type":"cdm","version":"2.10.0"}}]}""",
        """{"instances":[{"name":"kafka-demo","engine":"kafka","engine_version":"2.7","specification":"kafka.2u4g.cluster","status":"RUNNING","instance_id":"a1b2c3d4-0000-1111-2222-333344445555","created_at":"1715743191046","port":9092}],"instance_num":1}""",
        """{"billing_check":false,"count":1,"commodity_orders":[{"resource_id":"6a1b2c3d4e5f40718293a4b5c6d7e8f9","resource_name":"dataarts-demo","resource_spec_code":"dayu.starter","status":2,"create_time":1715743191046}]}""",
        """{"count":1,"total_page":1,"data":[{"id":"0833a5737480d53b2f25c010dc1a7b88","name":"sales_dw","description":"d","instance_id":"6a1b","is_default":1,"owner_name":"ops-admin","create_time":1715743191046}]}""",
        // IAM KeystoneListProjects and the token body.
        """{"projects":[{"id":"0123456789abcdef0123456789abcdef","name":"cn-north-4"}],"links":{"self":"x"}}""",
        """{"token":{"expires_at":"2024-06-02T00:00:00.000000Z","project":{"id":"0123456789abcdef0123456789abcdef","name":"cn-north-4"}}}""",
        // Error bodies (API.md section 6) and AOM's not-JSON success.
        """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"r"}""",
        """{"errorCode":"DLG.0404","errorMsg":"Task does not exist"}""",
        """{"error":{"code":"401","message":"The request you have made requires authentication.","title":"Unauthorized"}}""",
        """{"errCode":"Cdm.0100","externalMessage":"Job[x] doesn't exist."}""",
        """{"error_code":"AOM.31001302","error_msg":"Invalid param","http_code":400}""",
        "<html><body><h1>502 Bad Gateway</h1></body></html>",
        AomClient.SuccessBody,
    };

    /// <summary>What a field can be replaced with: every JSON type, and the values parsers trip on.</summary>
    private static readonly string[] Replacements =
    {
        "\"text\"", "\"\"", "\"   \"", "0", "-1", "1.5", "1e400", "-1e400", "123456789012345678901234567890", "9223372036854775808",
        "-9223372036854775809", "2147483648", "true", "false", "null", "{}", "[]", "{\"a\":1}", "[1,\"x\",null]", "\"\\ud800\"",
        "\"\\udfff\\ud800x\"", "\"1536905778725\"", "\"99999999999999999999\"", "\"-62135596800001\"", "253402300800000",
        "\"2020-05-15T03:19:51.046Z\"", "\"not a date\"", "\"NaN\"", "\"Infinity\"", "\"0x10\"", "\"\\u0000\"", "\"1\"", "\"yes\"",
        "\"{\\\"a\\\":[[[[}\"", "\"{\\\"nested\\\":{\\\"deep\\\":[1,2,{}]}}\"", "\"[1,2]\"", "\"\\\"quoted\\\"\"", "-0", "1E+2",
    };

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xC3, 0x28 }, new byte[] { 0xFF }, new byte[] { 0xFE, 0xFF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xC0, 0xAF },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0x80 },
    };

    private const string JsonCharacters = "{}[]\":,\\0123456789.-+eEtrufalsn \t\r\n";

    [Fact]
    public void Only_HwCloudException_InvalidResponse_escapes_and_the_error_parser_never_throws()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HWTASKS_FUZZ_SEED"), out var chosen) ? chosen : 20240601;
        var random = new Random(seed);
        var failures = new Dictionary<string, string>();
        var parsers = Parsers();
        var cases = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Bodies; i++)
        {
            var body = NextBody(random);
            var response = new HwCloudResponse(200, "rid-fuzz", "application/json", body, HwCloudResponse.NewHeaderMap());
            foreach (var (name, parse) in parsers)
            {
                cases++;
                try
                {
                    parse(response, random);
                }
                catch (Exception e)
                {
                    var key = name + ": " + e.GetType().Name + (e is HwCloudException h ? " " + h.Kind : string.Empty);
                    if (!failures.ContainsKey(key)) failures[key] = Convert.ToBase64String(body) + " | " + e.Message;
                }
            }
        }

        Assert.True(failures.Count == 0, "seed " + seed + ":\n" + string.Join("\n", failures.Select(f => f.Key + " ← " + f.Value)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "took " + clock.Elapsed);
        ReliabilityTable.Record("Malformed responses",
            parsers.Count + " parsers (the 14 service body types, IAM's readers, ErrorBodyParser, JsonTree.Parse/TryParse, Kafka params, AOM's {\"success\"}) × " +
            Bodies.ToString("N0", CultureInfo.InvariantCulture) + " mutants of " + Samples.Length + " documented sample bodies: bytes flipped, inserted, deleted and cut, " +
            "fields of the wrong type, huge numbers, deep nesting, invalid UTF-8, random bytes",
            cases, "only HwCloudException (InvalidResponse) escapes; error parser never throws");
    }

    [Fact]
    public void The_bodies_the_fuzz_found_are_handled()
    {
        // An error code that is a lone surrogate escape: the raw text, not an InvalidOperationException.
        var error = ErrorBodyParser.Parse(404, "{\"errorCode\":\"\\ud800\",\"errorMsg\":\"x\"}");
        Assert.Equal("404", error.Code);
        // Text that is not valid UTF-16 (a lone surrogate character): the status and the raw text.
        Assert.Equal("500", ErrorBodyParser.Parse(500, "{\"code\":1,\"message\":\"\ud800\"}").Code);
        // Invalid UTF-8 inside a string: not a document.
        Assert.False(JsonTree.TryParse(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' }, out _));
        Assert.Throws<JsonException>(() => JsonTree.Parse("[\"\ud800\"]"));
        // Kafka params that cannot be read keep the task, with Params null.
        var task = new KafkaBackgroundTask { ParamsJson = "{\"a\":\"\\ud800\"}" };
        task.ParseParams();
        Assert.Null(task.Params);
    }

    /// <summary>Each parser with what it may do: return, or throw only what the contract allows (anything else is rethrown and counted).</summary>
    private static List<(string Name, Action<HwCloudResponse, Random> Parse)> Parsers()
    {
        return new List<(string, Action<HwCloudResponse, Random>)>
        {
            ("CdmSubmissionsResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "CDM", "StartJob", CdmJson.Wire.CdmSubmissionsResponse))),
            ("CdmJobsResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "CDM", "ShowJobs", CdmJson.Wire.CdmJobsResponse))),
            ("CdmStopResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "CDM", "StopJob", CdmJson.Wire.CdmStopResponse))),
            ("KafkaTaskListResponse + ParseParams", (r, _) => Deserializer(() =>
            {
                var list = ResponseJson.Deserialize(r, "Kafka", "ListBackgroundTasks", KafkaJson.Wire.KafkaTaskListResponse);
                foreach (var task in list.Tasks ?? new List<KafkaBackgroundTask>()) task?.ParseParams();
                return list;
            })),
            ("OmsSyncTaskListResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "OMS", "ListSyncTasks", OmsJson.Wire.OmsSyncTaskListResponse))),
            ("OmsSyncTask", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "OMS", "ShowSyncTask", OmsJson.Wire.OmsSyncTask))),
            ("AomWorkflowListResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "AOM", "ListWorkflow", AomJson.Wire.AomWorkflowListResponse))),
            ("DataArtsTaskSearchResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "DataArts", "ShowTaskList", DataArtsJson.Wire.DataArtsTaskSearchResponse))),
            ("DataArtsTaskSearchRequest", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "DataArts", "Echo", DataArtsJson.Wire.DataArtsTaskSearchRequest))),
            ("DataArtsMetadataTask", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "DataArts", "ShowTaskInfo", DataArtsJson.Wire.DataArtsMetadataTask))),
            ("CdmClustersResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "CDM", "ListClusters", CdmJson.Wire.CdmClustersResponse))),
            ("KafkaInstanceListResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "Kafka", "ListInstances", KafkaJson.Wire.KafkaInstanceListResponse))),
            ("DataArtsInstanceListResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "DataArts", "ListDataArtsStudioInstances", DataArtsJson.Wire.DataArtsInstanceListResponse))),
            ("DataArtsWorkspaceListResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "DataArts", "ListManagerWorkSpaces", DataArtsJson.Wire.DataArtsWorkspaceListResponse))),
            ("IamProjectsResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "IAM", "KeystoneListProjects", IamJson.Wire.IamProjectsResponse))),
            ("IamTokenResponse", (r, _) => Deserializer(() => ResponseJson.Deserialize(r, "IAM", "KeystoneCreateUserTokenByPassword", IamJson.Wire.IamTokenResponse))),
            ("ErrorBodyParser.Parse", (r, random) =>
            {
                var error = ErrorBodyParser.Parse(random.Next(400, 600), r.BodyText);
                if (error is null || error.Code is null || error.Message is null) throw new InvalidOperationException("ErrorBodyParser returned an incomplete error");
            }),
            ("ErrorBodyParser.Parse (any UTF-16)", (r, _) =>
            {
                // Public API: also text that no UTF-8 decoder would produce (lone surrogates).
                var error = ErrorBodyParser.Parse(500, Latin1(r.Body));
                if (error is null || error.Code is null || error.Message is null) throw new InvalidOperationException("ErrorBodyParser returned an incomplete error");
            }),
            ("JsonTree.TryParse", (r, _) =>
            {
                var parsed = JsonTree.TryParse(r.Body, out var value);
                if (!parsed && value is not null) throw new InvalidOperationException("TryParse returned false with a value");
            }),
            ("JsonTree.Parse (bytes and text)", (r, _) => ParseAgreesWithTryParse(r.Body)),
            ("KafkaBackgroundTask.ParseParams", (r, _) =>
            {
                var task = new KafkaBackgroundTask { ParamsJson = r.BodyText };
                task.ParseParams();
                var again = new KafkaBackgroundTask { ParamsJson = Latin1(r.Body) };
                again.ParseParams();
            }),
            ("AOM {\"success\"}", (r, _) =>
            {
                var succeeded = r.BodyText.Trim() == AomClient.SuccessBody;
                try
                {
                    var text = AomClient.ReadSuccess(r, "AOM", "UpdateWorkflowTriggerStatus");
                    if (!succeeded || text != AomClient.SuccessBody) throw new InvalidOperationException("accepted '" + r.BodyText + "'");
                }
                catch (HwCloudException e) when (!succeeded && e.Kind == HwCloudErrorKind.InvalidResponse)
                {
                }
            }),
        };
    }

    /// <summary>JsonTree.Parse throws only JsonException, exactly where TryParse says false; the text overload likewise.</summary>
    private static void ParseAgreesWithTryParse(byte[] body)
    {
        var agreed = JsonTree.TryParse(body, out _);
        try
        {
            JsonTree.Parse(body);
            if (!agreed) throw new InvalidOperationException("Parse succeeded where TryParse failed");
        }
        catch (JsonException) when (!agreed)
        {
        }
        try
        {
            JsonTree.Parse(Encoding.UTF8.GetString(body));
        }
        catch (JsonException)
        {
        }
    }

    /// <summary>A deserializer returns a value or throws HwCloudException(InvalidResponse) naming the request id; nothing else.</summary>
    private static void Deserializer<T>(Func<T> parse)
    {
        try
        {
            if (parse() is null) throw new InvalidOperationException("returned null");
        }
        catch (HwCloudException e) when (e.Kind == HwCloudErrorKind.InvalidResponse && e.RequestId == "rid-fuzz" && e.StatusCode == 200)
        {
        }
    }

    // Bytes below 0x80 as themselves, the rest as lone surrogates: text no UTF-8 decoder produces.
    private static string Latin1(byte[] body)
    {
        var chars = new char[body.Length];
        for (var i = 0; i < body.Length; i++) chars[i] = body[i] < 0x80 ? (char)body[i] : (char)(0xD800 + body[i]);
        return new string(chars);
    }

    private static byte[] NextBody(Random random)
    {
        var kind = random.Next(100);
        if (kind < 5) return RandomBytes(random, random.Next(0, 256));
        var sample = Samples[random.Next(Samples.Length)];
        if (kind < 10) return Encoding.UTF8.GetBytes(sample);
        var bytes = kind < 55 ? Encoding.UTF8.GetBytes(WrongType(random, sample)) : Encoding.UTF8.GetBytes(sample);
        var mutations = kind < 55 ? random.Next(0, 2) : random.Next(1, 4);
        for (var m = 0; m < mutations; m++) bytes = MutateBytes(random, bytes);
        return bytes;
    }

    /// <summary>Replaces one value anywhere in the document (or the whole document) with another type or a hostile value.</summary>
    private static string WrongType(Random random, string sample)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(sample);
        }
        catch (JsonException)
        {
            return sample;
        }
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, slots);
        var replacement = random.Next(10) switch
        {
            0 => Deep(random),
            1 => "\"" + new string('x', random.Next(1, 100_000)) + "\"",
            2 => random.NextInt64().ToString(CultureInfo.InvariantCulture) + new string('9', random.Next(0, 400)),
            _ => Replacements[random.Next(Replacements.Length)],
        };
        if (slots.Count == 0 || random.Next(20) == 0) return replacement;
        const string Hole = "__FUZZ_HOLE__";
        var (parent, key, index) = slots[random.Next(slots.Count)];
        if (parent is JsonObject map) map[key!] = Hole;
        else ((JsonArray)parent)[index] = Hole;
        return root!.ToJsonString().Replace("\"" + Hole + "\"", replacement, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode? node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map.ToList())
                {
                    slots.Add((map, key, -1));
                    Collect(value, slots);
                }
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    slots.Add((list, null, i));
                    Collect(list[i], slots);
                }
                break;
        }
    }

    private static string Deep(Random random)
    {
        var depth = random.Next(2, 3000);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var at = list.Count == 0 ? 0 : random.Next(list.Count);
        switch (random.Next(6))
        {
            case 0 when list.Count > 0:
                list[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                list.Insert(at, random.Next(2) == 0 ? (byte)JsonCharacters[random.Next(JsonCharacters.Length)] : (byte)random.Next(256));
                break;
            case 2 when list.Count > 0:
                list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 8)));
                break;
            case 3:
                return bytes.Take(at).ToArray();
            case 4:
                list.InsertRange(at, InvalidUtf8[random.Next(InvalidUtf8.Length)]);
                break;
            default:
                list.InsertRange(at, RandomBytes(random, random.Next(1, 16)));
                break;
        }
        return list.ToArray();
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
