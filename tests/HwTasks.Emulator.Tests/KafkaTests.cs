using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class KafkaTests
{
    private const string Tasks = "/v2/" + TestEmulator.Project + "/instances/" + EmulatorDefaults.KafkaInstanceId + "/tasks";

    [Fact]
    public async Task List_defaults_to_ten_newest_first_with_string_count()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("GET", Tasks);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.ReadObjectAsync();
        Assert.Equal(JsonValueKind.String, body["task_count"].Kind());
        Assert.Equal("50", (string?)body["task_count"]);
        var tasks = body["tasks"]!.AsArray();
        Assert.Equal(10, tasks.Count);
        Assert.Equal("8abfa7b372160bfd0172165864064079", (string?)tasks[0]!["id"]);
        var created = tasks.Select(t => DateTimeOffset.Parse((string)t!["created_at"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(created.OrderByDescending(c => c), created);
        var first = tasks[0]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", (string?)first["created_at"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", (string?)first["updated_at"]);
        Assert.Equal(JsonValueKind.String, first["params"].Kind());
        JsonDocument.Parse((string)first["params"]!);
        foreach (var field in new[] { "name", "user_name", "user_id", "status" }) Assert.NotNull(first[field]);
    }

    [Theory]
    [InlineData("limit=101")]
    [InlineData("limit=0")]
    [InlineData("start=-1")]
    [InlineData("begin_time=2024-01-01")]
    [InlineData("end_time=20241301000000")]
    public async Task Invalid_paging_or_times_are_400(string query)
    {
        await using var emu = await TestEmulator.StartAsync();
        await (await emu.Client.SendAsync("GET", Tasks, query)).AssertErrorAsync(400, "error_code", "DMS.00400002");
    }

    [Fact]
    public async Task Time_window_filters_created_at()
    {
        await using var emu = await TestEmulator.StartAsync();
        var now = emu.Server.Clock.UtcNow;
        string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var begin = now.AddDays(-30);
        var recent = await (await emu.Client.SendAsync("GET", Tasks, $"start=0&limit=100&begin_time={Format(begin)}&end_time={Format(now)}")).ReadObjectAsync();
        var older = await (await emu.Client.SendAsync("GET", Tasks, $"start=0&limit=100&end_time={Format(begin.AddSeconds(-1))}")).ReadObjectAsync();
        Assert.Equal(50, int.Parse((string)recent["task_count"]!) + int.Parse((string)older["task_count"]!));
        var floor = DateTimeOffset.ParseExact(Format(begin), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.All(recent["tasks"]!.AsArray(), t => Assert.True(DateTimeOffset.Parse((string)t!["created_at"]!, CultureInfo.InvariantCulture) >= floor));
    }

    [Fact]
    public async Task Show_then_delete_then_gone()
    {
        await using var emu = await TestEmulator.StartAsync();
        const string id = "8abfa7b372160bfd017216560af83e6e";
        var shown = await (await emu.Client.SendAsync("GET", Tasks + "/" + id)).ReadObjectAsync();
        Assert.Equal("1", (string?)shown["task_count"]);
        Assert.Equal("changeRetentionPolicy", (string?)shown["tasks"]![0]!["name"]);

        var deleted = await emu.Client.SendAsync("DELETE", Tasks + "/" + id);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await emu.Client.SendAsync("GET", Tasks + "/" + id)).AssertErrorAsync(404, "error_code", "DMS.00404041");
        await (await emu.Client.SendAsync("DELETE", Tasks + "/" + id)).AssertErrorAsync(404, "error_code", "DMS.00404041");
        Assert.Equal("49", (string?)(await (await emu.Client.SendAsync("GET", Tasks)).ReadObjectAsync())["task_count"]);
        await (await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/instances/nope/tasks")).AssertErrorAsync(404, "error_code", "DMS.00404022");
    }

    [Fact]
    public async Task One_hundred_thousand_generated_tasks_page_quickly()
    {
        var seed = SeedLoader.Parse("{\"kafka\":{\"instances\":[{\"id\":\"big-instance\",\"generateTasks\":100000}]}}");
        await using var emu = await TestEmulator.StartAsync(seed);
        const string big = "/v2/" + TestEmulator.Project + "/instances/big-instance/tasks";

        var watch = Stopwatch.StartNew();
        var seen = new HashSet<string>();
        DateTimeOffset? previous = null;
        foreach (var start in new[] { 0, 100, 50_000, 99_900 })
        {
            var page = await (await emu.Client.SendAsync("GET", big, $"start={start}&limit=100")).ReadObjectAsync();
            Assert.Equal("100000", (string?)page["task_count"]);
            Assert.Equal(100, page["tasks"]!.AsArray().Count);
            foreach (var task in page["tasks"]!.AsArray())
            {
                Assert.True(seen.Add((string)task!["id"]!));
                var created = DateTimeOffset.Parse((string)task["created_at"]!, CultureInfo.InvariantCulture);
                Assert.True(previous is null || created <= previous);
                previous = created;
            }
        }
        var tail = await (await emu.Client.SendAsync("GET", big, "start=99990&limit=100")).ReadObjectAsync();
        Assert.Equal(10, tail["tasks"]!.AsArray().Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"paging took {watch.Elapsed}");

        var now = emu.Server.Clock.UtcNow;
        var lastWeek = await (await emu.Client.SendAsync("GET", big,
            "begin_time=" + now.AddDays(-7).UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture))).ReadObjectAsync();
        var count = int.Parse((string)lastWeek["task_count"]!);
        Assert.InRange(count, 100_000 * 7 / 60 * 9 / 10, 100_000 * 7 / 60 * 11 / 10);
    }
}
