using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Tests;

/// <summary>Service time moves forward on request and comes back to its start when a test begins afresh.</summary>
public sealed class ClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_manual_clock_rewinds_to_the_instant_it_started_at()
    {
        var clock = new EmulatorClock(manual: true, start: Start);
        clock.Advance(TimeSpan.FromHours(30));

        Assert.Equal(Start, clock.Rewind());
        Assert.Equal(Start, clock.UtcNow);
    }

    [Fact]
    public void A_real_clock_rewinds_to_its_start_offset_from_the_wall_clock()
    {
        var wall = new SteppedTime(Start);
        var clock = new EmulatorClock(manual: false, wall, start: Start.AddHours(-1));
        clock.Advance(TimeSpan.FromMinutes(10));
        wall.Now += TimeSpan.FromSeconds(5);

        Assert.Equal(Start.AddHours(-1).AddSeconds(5), clock.Rewind());
    }

    [Fact]
    public async Task The_admin_route_rewinds_what_advance_moved()
    {
        await using var emu = await TestEmulator.StartAsync();
        var before = emu.Server.Clock.NowMilliseconds;
        emu.Advance(3600);

        var answer = await emu.Admin.PostAsync("_emulator/clock/rewind", null);
        var clock = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)answer.StatusCode);
        Assert.Equal(before, (long)clock["epochMs"]!);
        Assert.Equal("manual", (string?)clock["mode"]);
        Assert.Equal(before, emu.Server.Admin.RewindClock().ToUnixTimeMilliseconds());
    }

    private sealed class SteppedTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
