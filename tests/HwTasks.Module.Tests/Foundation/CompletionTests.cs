using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

[Collection(EmulatorCollection.Name)]
public sealed class CompletionTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public CompletionTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private IReadOnlyList<string> Complete(string line) =>
        _fixture.Session.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line)
            .ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

    [Fact]
    public void Region_completes_the_regions_the_service_serves()
    {
        var oms = Complete("Get-OmsSyncTask -Region cn-");
        var kafka = Complete("Get-KafkaBackgroundTask -InstanceId x -Region eu-");

        Assert.Contains("cn-north-4", oms);
        Assert.DoesNotContain("cn-north-2", oms); // OMS is not offered there
        Assert.Equal(new[] { "eu-west-0", "eu-west-101" }, kafka);
    }

    [Fact]
    public async Task JobName_completes_from_the_live_job_list_of_the_cluster()
    {
        var names = Complete("Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName o");

        Assert.Equal(new[] { "obs2hive_logs", "oracle2mrs_hbase" }, names);
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.EndsWith("/cdm/job/all", logged.Path);
    }

    [Fact]
    public void Kafka_TaskId_completes_from_the_instance_tasks()
    {
        var ids = Complete("Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -TaskId 8abfa7b3");

        Assert.Contains("8abfa7b372160bfd0172165864064079", ids);
    }

    [Fact]
    public async Task Completion_offers_nothing_and_does_not_throw_when_the_service_fails()
    {
        await _fixture.Emulator.FaultAsync(new { path = "/v1.1/**", count = 1, kind = "status", status = 500 });

        Assert.Empty(Complete("Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName j"));
        Assert.Empty(Complete("Start-CdmJob -JobName j")); // no cluster yet: nothing to ask
    }
}
