using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;

namespace HwTasks.Module.Tests.Reliability;

[Collection(EmulatorCollection.Name)]
public sealed class ClockSkewTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public ClockSkewTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => _fixture.ResetAsync();

    public static TheoryData<int, string> Skews() => new()
    {
        { 20 * 60, "20 minutes behind" },
        { -45 * 60, "45 minutes ahead of" },
    };

    [Theory]
    [MemberData(nameof(Skews))]
    public async Task A_rejected_X_Sdk_Date_says_the_local_clock_is_off_and_by_how_much(int gatewayOffsetSeconds, string says)
    {
        await _fixture.Emulator.SkewGatewayClockAsync(gatewayOffsetSeconds);

        var run = _fixture.Session.Run("Get-CdmJobStatus -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive");

        var error = Assert.Single(run.Errors);
        Assert.Equal("ClockSkew,HwTasks.Commands.Cdm.GetCdmJobStatusCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("HTTP 401 Unauthorized, APIGW.0301: Incorrect IAM authentication information: X-Sdk-Date is out of range", error.Exception.Message);
        Assert.Contains("This computer's clock is " + says + " the gateway (from the response Date header)", error.Exception.Message);
        Assert.Matches(@"\(request id [0-9a-f]{32}\)$", error.Exception.Message);
        // A 401 is not retried: the same clock would be refused again.
        Assert.Single(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task A_small_skew_inside_the_window_still_works()
    {
        await _fixture.Emulator.SkewGatewayClockAsync(10 * 60);

        _fixture.Session.Run("Get-CdmJobStatus -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive").ThrowIfFailed();
    }

    [Fact]
    public void Published() => ReliabilityTable.Record("Clock skew",
        "the gateway's clock set 20 minutes ahead of and 45 minutes behind this machine, and 10 minutes (inside the 15-minute window)",
        Skews().Count() + 1, "refused calls say how far the local clock is off; within the window calls succeed");
}
