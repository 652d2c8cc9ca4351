using HwTasks.Core.Errors;
using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>
/// A 200 that is not what the service answers — an HTML page or an empty body from something in
/// front of the service, JSON of the wrong shape — is an InvalidResponse error with the request id,
/// never a success or an empty listing. And the other way round: a call whose success has no body,
/// answered with an empty body or a JSON object without error members, succeeded (the service may
/// have acted; calling it a failure invites a second start).
/// </summary>
public class FalseSuccessTests
{
    private const string Portal = "<!DOCTYPE html><html><head><title>Proxy login \u001b[2J</title></head><body>please sign in</body></html>";

    private static ScriptedServer Answering(string body) =>
        new((_, _) => new ScriptedResponse { Body = body, Headers = new() { ["Content-Type"] = "text/html", ["X-Request-Id"] = "rid-7" } });

    private static readonly OmsStartKeys Keys = new("DSTAK", Secure("dst-sk"));

    public static TheoryData<string, Func<ScriptedServer, Task>> BodylessCalls => new()
    {
        { "OMS StartSyncTask", s => new OmsClient().StartSyncTaskAsync(Target(s.BaseUri, service: OmsService.Instance), "t1", Keys, FastOptions(), default) },
        { "OMS StopSyncTask", s => new OmsClient().StopSyncTaskAsync(Target(s.BaseUri, service: OmsService.Instance), "t1", FastOptions(), default) },
        { "DataArts Studio ExecuteTaskAction", s => new DataArtsClient().ExecuteActionAsync(Target(s.BaseUri, service: DataArtsService.Instance), "w1", "t1", DataArtsTaskAction.Start, FastOptions(), default) },
        { "Kafka DeleteBackgroundTask", s => new KafkaClient().DeleteTaskAsync(Target(s.BaseUri, service: KafkaService.Instance), "i1", "t1", FastOptions(), default) },
    };

    [Theory]
    [MemberData(nameof(BodylessCalls))]
    public async Task A_call_whose_success_has_no_body_refuses_an_html_page(string operation, Func<ScriptedServer, Task> call)
    {
        await using var server = Answering(Portal);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => call(server));

        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.Equal("rid-7", failure.RequestId);
        Assert.Equal(operation + " failed: the service answers this call with no body, but the response is an HTML page titled " +
                     "'Proxy login \\u001b[2J'; something between HwTasks and the service answered instead (check -EndpointUrl and any proxy). " +
                     "(request id rid-7)", failure.Message);
    }

    public static readonly string[] ErrorObjects =
    {
        "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The request is throttled\"}",
        "{\"errorCode\":\"OMS.0001\",\"errorMsg\":\"internal\"}",
        "{\"error\":{\"code\":\"APIGW.0101\",\"message\":\"The API does not exist\"}}",
    };

    public static readonly string[] NotJsonObjects = { "OK", "[]", "{\"truncated\":" };

    public static readonly string[] Successes = { "", "{}", " { } ", "{\"job_id\":\"x\",\"result\":true}" };

    public static TheoryData<string, Func<ScriptedServer, Task>, string> WithEach(string[] bodies)
    {
        var data = new TheoryData<string, Func<ScriptedServer, Task>, string>();
        foreach (var call in BodylessCalls)
            foreach (var body in bodies) data.Add((string)call[0], (Func<ScriptedServer, Task>)call[1], body);
        return data;
    }

    public static TheoryData<string, Func<ScriptedServer, Task>, string> ErrorAnswers => WithEach(ErrorObjects);
    public static TheoryData<string, Func<ScriptedServer, Task>, string> OtherAnswers => WithEach(NotJsonObjects);
    public static TheoryData<string, Func<ScriptedServer, Task>, string> SuccessAnswers => WithEach(Successes);

    [Theory]
    [MemberData(nameof(ErrorAnswers))]
    public async Task A_call_whose_success_has_no_body_refuses_a_json_error_object(string operation, Func<ScriptedServer, Task> call, string body)
    {
        await using var server = Answering(body);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => call(server));

        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.StartsWith(operation + " failed: the service answers this call with no body, but the response is '" + body[..12], failure.Message);
        Assert.EndsWith("(request id rid-7)", failure.Message);
    }

    [Theory]
    [MemberData(nameof(OtherAnswers))]
    public async Task A_call_whose_success_has_no_body_refuses_what_is_not_a_json_object(string operation, Func<ScriptedServer, Task> call, string body)
    {
        await using var server = Answering(body);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => call(server));

        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.StartsWith(operation + " failed: the service answers this call with no body, but the response is '" + body, failure.Message);
    }

    [Theory]
    [MemberData(nameof(SuccessAnswers))]
    public async Task A_call_whose_success_has_no_body_succeeds_on_an_empty_body_or_an_object_without_error_members(string operation, Func<ScriptedServer, Task> call, string body)
    {
        await using var server = Answering(body);

        var failure = await Record.ExceptionAsync(() => call(server));

        Assert.True(failure is null, operation + " answered '" + body + "': " + failure?.Message);
        Assert.Single(server.Requests);
    }

    public static TheoryData<string, string, Func<ScriptedServer, Task>> Lists => new()
    {
        { "Kafka ListBackgroundTasks", "tasks", s => new KafkaClient().ListTasksAsync(Target(s.BaseUri, service: KafkaService.Instance), "i1", 0, 10, null, null, FastOptions(), default) },
        { "OMS ListSyncTasks", "tasks", s => new OmsClient().ListSyncTasksAsync(Target(s.BaseUri, service: OmsService.Instance), 0, 10, null, FastOptions(), default) },
        { "AOM ListWorkflow", "elements", s => new AomClient().ListWorkflowsAsync(Target(s.BaseUri, service: AomService.Instance), null, null, 0, 10, FastOptions(), default) },
        { "CDM ShowJobs", "jobs", s => new CdmClient().ListJobsAsync(Target(s.BaseUri), "c1", 1, 10, FastOptions(), default) },
        { "DataArts Studio ShowTaskList", "resources", s => new DataArtsClient().SearchTasksAsync(Target(s.BaseUri, service: DataArtsService.Instance), "w1", null, 0, 10, FastOptions(), default) },
        { "OMS ShowSyncTask", "sync_task_id", s => new OmsClient().GetSyncTaskAsync(Target(s.BaseUri, service: OmsService.Instance), "t1", FastOptions(), default) },
        { "DataArts Studio ShowTaskInfo", "id", s => new DataArtsClient().GetTaskAsync(Target(s.BaseUri, service: DataArtsService.Instance), "w1", "t1", FastOptions(), default) },
        { "CDM ListClusters", "clusters", s => new CdmClient().ListClustersAsync(Target(s.BaseUri), FastOptions(), default) },
        { "Kafka ListInstances", "instances", s => new KafkaClient().ListInstancesAsync(Target(s.BaseUri, service: KafkaService.Instance), 0, 50, FastOptions(), default) },
        { "DataArts Studio ListDataArtsStudioInstances", "commodity_orders", s => new DataArtsClient().ListInstancesAsync(Target(s.BaseUri, service: DataArtsService.Instance), 0, 50, FastOptions(), default) },
        { "DataArts Studio ListManagerWorkSpaces", "data", s => new DataArtsClient().ListWorkspacesAsync(Target(s.BaseUri, service: DataArtsService.Instance), "i1", 0, 50, FastOptions(), default) },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_response_without_its_list_or_id_is_an_error_not_an_empty_result(string operation, string member, Func<ScriptedServer, Task> call)
    {
        await using var server = Answering("{}");

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => call(server));

        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.Equal(operation + " failed: the response is not the JSON this API returns (it has no '" + member + "' member). (request id rid-7)", failure.Message);
    }

    [Fact]
    public async Task One_unreadable_field_does_not_hide_the_tasks_beside_it()
    {
        await using var server = Answering("""
            {"task_count":"lots","tasks":[
              {"id":"a","name":"createUser","status":"SUCCESS","created_at":"yesterday","updated_at":{"when":"now"}},
              {"id":"b","name":"deleteUser","status":"SUCCESS","created_at":"2020-05-15T03:19:51.046Z"}]}
            """);

        var page = await new KafkaClient().ListTasksAsync(Target(server.BaseUri, service: KafkaService.Instance), "i1", 0, 10, null, null, FastOptions(), default);

        Assert.Null(page.Total);
        Assert.Equal(new[] { "a", "b" }, page.Items.Select(t => t.TaskId));
        Assert.Null(page.Items[0].CreatedTime);
        Assert.Null(page.Items[0].UpdatedTime);
        Assert.Equal(new DateTimeOffset(2020, 5, 15, 3, 19, 51, 46, TimeSpan.Zero), page.Items[1].CreatedTime);
    }

    [Fact]
    public async Task The_false_success_cases_are_published()
    {
        var cases = await HwTasks.Tests.Shared.PublishedCases.RunAllAsync(this, nameof(The_false_success_cases_are_published));
        HwTasks.Tests.Shared.ReliabilityTable.Record("False successes",
            "the " + BodylessCalls.Count + " calls whose success has no body answered with an HTML page, " + ErrorObjects.Length + " JSON error objects, " +
            NotJsonObjects.Length + " bodies that are not a JSON object, an empty body and " + (Successes.Length - 1) + " JSON objects without error members ({} among them); " +
            Lists.Count + " list and show calls answered {}; a Kafka page with unreadable fields beside readable tasks",
            cases,
            "an HTML page, a JSON error object or a body that is not a JSON object where none belongs, and a response without its list or id, are " +
            "InvalidResponse errors with the request id; an empty body or a JSON object without error members is the success, sent once; " +
            "one unreadable field reads as null and the other tasks are listed");
    }
}
