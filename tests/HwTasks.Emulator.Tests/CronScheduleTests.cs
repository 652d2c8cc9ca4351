using System.Globalization;
using System.Net;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services.DataArts;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

/// <summary>The Quartz cron expressions DataArts Studio schedules with, and when each next runs.</summary>
public sealed class CronScheduleTests
{
    // A Friday.
    private static readonly DateTimeOffset After = new(2024, 3, 15, 10, 20, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("0 0 2 * * ?", "2024-03-16T02:00:00")]
    [InlineData("0 30 */6 * * ?", "2024-03-15T12:30:00")]
    [InlineData("0 0 2 ? * MON", "2024-03-18T02:00:00")]
    [InlineData("0 0 2 ? * mon-fri", "2024-03-18T02:00:00")]
    [InlineData("0 0 9 ? JAN-MAR 2-6", "2024-03-18T09:00:00")]
    [InlineData("0 0 2 L * ?", "2024-03-31T02:00:00")]
    [InlineData("0 0 0 L-2 * ?", "2024-03-29T00:00:00")]
    [InlineData("0 0 12 16W * ?", "2024-03-15T12:00:00")] // the 16th is a Saturday: the Friday before
    [InlineData("0 0 12 LW * ?", "2024-03-29T12:00:00")] // the 31st is a Sunday: the last weekday is the 29th
    [InlineData("0 15 10 ? * 6L", "2024-03-29T10:15:00")] // the last Friday
    [InlineData("0 15 10 ? * FRI#3", "2024-04-19T10:15:00")] // March's third Friday was this morning
    [InlineData("0/20 * * * * ?", "2024-03-15T10:20:40")]
    [InlineData("0 0 0 1 1 ? 2030", "2030-01-01T00:00:00")]
    [InlineData("0 0 0 29 2 ?", "2028-02-29T00:00:00")]
    [InlineData("@daily", "2024-03-16T00:00:00")]
    [InlineData("@hourly", "2024-03-15T11:00:00")]
    [InlineData("@weekly", "2024-03-17T00:00:00")]
    [InlineData("@monthly", "2024-04-01T00:00:00")]
    [InlineData("@yearly", "2025-01-01T00:00:00")]
    [InlineData("0 2 * * *", "2024-03-16T02:00:00")] // classic 5 fields, as seeds may write it
    [InlineData("0 9 * * 1", "2024-03-18T09:00:00")] // classic Monday is 1
    [InlineData("0 9 * * 0", "2024-03-17T09:00:00")] // classic Sunday is 0 (or 7)
    public void Accepts_the_expression_and_finds_its_next_run(string expression, string next)
    {
        var schedule = CronSchedule.TryParse(expression);

        Assert.NotNull(schedule);
        Assert.Equal(DateTimeOffset.Parse(next + "Z", CultureInfo.InvariantCulture), schedule.Next(After));
    }

    [Fact]
    public void The_29th_of_February_is_found_across_a_century_year_that_is_not_a_leap_year()
    {
        var schedule = CronSchedule.TryParse("0 0 0 29 2 ?")!;

        Assert.Equal(new DateTimeOffset(2104, 2, 29, 0, 0, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2096, 3, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_date_that_never_comes_has_no_next_run()
    {
        Assert.Null(CronSchedule.TryParse("0 0 0 30 2 ?")!.Next(After));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0 0 2")]
    [InlineData("0 61 * * * ?")]
    [InlineData("0 0 24 * * ?")]
    [InlineData("0 0 2 32 * ?")]
    [InlineData("0 0 2 ? * MOX")]
    [InlineData("0 0 2 ? * 8")]
    [InlineData("0 0 2 ? * 2#6")]
    [InlineData("0 0 2 0W * ?")]
    [InlineData("0 0 2 ? 13 *")]
    [InlineData("0 0 2 * * ? 1969")]
    [InlineData("0 */0 * * * ?")]
    [InlineData("@fortnightly")]
    public void Refuses_what_is_not_a_cron_expression(string expression)
    {
        Assert.Null(CronSchedule.TryParse(expression));
    }

    [Fact]
    public async Task Scheduling_a_task_with_a_weekday_expression_is_accepted_with_its_next_run()
    {
        var seed = SeedLoader.Parse("""
            {"dataArts":{"workspaces":[{"id":"w1","tasks":[{"id":"t-monday","name":"collect","cronExpression":"0 0 2 ? * MON","scheduleEnabled":false}]}]}}
            """);
        await using var emu = await TestEmulator.StartAsync(seed);
        var workspace = new Dictionary<string, string> { ["workspace"] = "w1" };
        var tasks = "/v3/" + TestEmulator.Project + "/metadata/tasks/";

        var response = await emu.Client.SendAsync("POST", tasks + "t-monday/action", "action=schedule", headers: workspace);
        var task = await (await emu.Client.SendAsync("GET", tasks + "t-monday", headers: workspace)).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)task["next_run_time"]!, CultureInfo.InvariantCulture)).UtcDateTime;
        Assert.Equal((DayOfWeek.Monday, 2, 0), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.True(next > emu.Server.Clock.UtcNow.UtcDateTime && next <= emu.Server.Clock.UtcNow.UtcDateTime.AddDays(7));
    }
}
