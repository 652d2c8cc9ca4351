using System.Net;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

/// <summary>Hosts (the test suites, a PowerShell module) run several emulators in one process.</summary>
public sealed class InProcessHostTests
{
    [Fact]
    public async Task Emulators_in_one_process_have_their_own_port_and_state()
    {
        await using var first = await TestEmulator.StartAsync();
        await using var second = await TestEmulator.StartAsync(SeedLoader.Parse("{\"oms\":{\"syncTasks\":[]}}"));

        first.Server.Admin.AddFault(new FaultRule("", "GET", "/v2/**", FaultKind.Status, 1, 503, null, null, null, false));
        var firstAnswer = await first.Client.SendAsync("GET", OmsTests.SyncTasks);
        var secondAnswer = await (await second.Client.SendAsync("GET", OmsTests.SyncTasks)).ReadObjectAsync();

        Assert.NotEqual(first.Server.BaseAddress.Port, second.Server.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, firstAnswer.StatusCode);
        Assert.Equal(0, (int)secondAnswer["count"]!);
        Assert.Single(first.Server.Admin.Requests());
        Assert.Single(second.Server.Admin.Requests());
    }

    [Fact]
    public async Task The_admin_operations_work_in_process_as_over_http()
    {
        await using var emu = await TestEmulator.StartAsync();
        emu.Server.Admin.Seed(SeedLoader.Parse("{\"oms\":{\"syncTasks\":[]}}"));
        var seeded = await (await emu.Client.SendAsync("GET", OmsTests.SyncTasks)).ReadObjectAsync();
        emu.Server.Admin.Reset();
        var reset = await (await emu.Client.SendAsync("GET", OmsTests.SyncTasks)).ReadObjectAsync();
        emu.Server.Admin.ClearRequests();

        Assert.Equal(0, (int)seeded["count"]!);
        Assert.Equal(3, (int)reset["count"]!);
        Assert.Empty(emu.Server.Admin.Requests());
    }

    [Fact]
    public async Task Port_zero_picks_a_free_port_on_the_address_asked_for()
    {
        await using var emu = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = "http://127.0.0.1:0" });

        Assert.Equal("127.0.0.1", emu.BaseAddress.Host);
        Assert.NotEqual(0, emu.BaseAddress.Port);
        Assert.EndsWith("/", emu.BaseAddress.AbsoluteUri);
    }
}
