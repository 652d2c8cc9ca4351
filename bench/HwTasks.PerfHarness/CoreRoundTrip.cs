using System.Diagnostics;
using System.Net.Http;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Kafka;

namespace HwTasks.PerfHarness;

/// <summary>HwTasks.Core alone (no PowerShell): a signed ListBackgroundTasks through the whole pipeline, per call.</summary>
internal static class CoreRoundTrip
{
    public static async Task<int> RunAsync(Uri url, int calls)
    {
        var credential = new AccessKeyCredential("EMULATORAK0000000001", SecretText.FromString("EmulatorSecretKey00000000000000000000001"));
        var target = new ServiceTarget(KafkaService.Instance, url, "cn-north-4", "0123456789abcdef0123456789abcdef", RequestAuthenticator.Signing(credential));
        var client = new KafkaClient();
        var options = new CallOptions();
        for (var i = 0; i < 200; i++) await client.ListTasksAsync(target, "i", 0, 1, null, null, options, default);
        var times = new double[calls];
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await client.ListTasksAsync(target, "i", 0, 1, null, null, options, default);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
        Array.Sort(times);
        Console.Out.WriteLine(FormattableString.Invariant($"{times[calls / 2]:0.0} {bytes:0}"));
        return 0;
    }
}
