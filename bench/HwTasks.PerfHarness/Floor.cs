using System.Diagnostics;

namespace HwTasks.PerfHarness;

/// <summary>The floor: what a bare compiled HttpClient pays per call to the same server.</summary>
internal static class Floor
{
    public static async Task<int> SerialAsync(Uri url, int calls)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 200; i++) (await client.GetAsync(url)).Dispose();
        return await ReportAsync(calls, async () =>
        {
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
        });
    }

    /// <summary>
    /// The same calls from a caller that must block until each answer is in, as a cmdlet's pipeline
    /// thread does: the answer arrives on another thread, which wakes this one.
    /// </summary>
    public static int Blocking(Uri url, int calls)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 200; i++) client.GetAsync(url).GetAwaiter().GetResult().Dispose();
        return ReportAsync(calls, () =>
        {
            using var response = client.GetAsync(url).GetAwaiter().GetResult();
            response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    // Median microseconds and bytes allocated per call, on one line.
    private static async Task<int> ReportAsync(int calls, Func<Task> call)
    {
        var times = new double[calls];
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
        Array.Sort(times);
        Console.Out.WriteLine(FormattableString.Invariant($"{times[calls / 2]:0.0} {bytes:0}"));
        return 0;
    }

    public static async Task<int> ParallelAsync(Uri url, int calls, int inFlight)
    {
        using var client = new HttpClient();
        var start = url + "/v1.1/p/clusters/c/cdm/job/j/start";
        async Task Put() => (await client.PutAsync(start, new StringContent("{\"variables\":{}}"))).Dispose();
        for (var i = 0; i < 200; i++) await Put();
        using var slots = new SemaphoreSlim(inFlight);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, calls).Select(async _ =>
        {
            await slots.WaitAsync();
            try { await Put(); } finally { slots.Release(); }
        }));
        Console.Out.WriteLine(FormattableString.Invariant($"{calls / clock.Elapsed.TotalSeconds:0}"));
        return 0;
    }
}
