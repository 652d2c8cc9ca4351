using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.PerfHarness;

/// <summary>Signing one request against the work it cannot avoid: UTF-8, SHA-256 of the canonical request, HMAC-SHA256, hex.</summary>
internal static class Signing
{
    public static int Run(int iterations)
    {
        var secret = Encoding.UTF8.GetBytes("EmulatorSecretKey00000000000000000000001");
        var input = new SigningInput("GET", "dms.cn-north-4.myhuaweicloud.com", "/v2/0123456789abcdef0123456789abcdef/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks");
        foreach (var (k, v) in new[] { ("start", "0"), ("limit", "100") }) input.Query.Add(new(k, v));
        input.Headers.Add(new("Content-Type", "application/json"));
        input.Headers.Add(new("User-Agent", "HwTasks/0.1.0 PowerShell/7.6.9 (Linux)"));
        input.Headers.Add(new("X-Project-Id", "0123456789abcdef0123456789abcdef"));
        input.Headers.Add(new("X-Sdk-Date", "20240315T080910Z"));
        var canonical = RequestSigner.Sign(input, "EMULATORAK0000000001", secret).Canonical.Text;

        var (signTime, signBytes) = Measure(iterations, () => RequestSigner.Sign(input, "EMULATORAK0000000001", secret));
        var (floorTime, floorBytes) = Measure(iterations, () =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
            return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("SDK-HMAC-SHA256\n20240315T080910Z\n" + hash)));
        });
        Console.Out.WriteLine(FormattableString.Invariant($"{signTime:0.00} {signBytes:0} {floorTime:0.00} {floorBytes:0}"));
        return 0;
    }

    private static (double Microseconds, double Bytes) Measure<T>(int iterations, Func<T> work)
    {
        for (var i = 0; i < 2000; i++) work();
        var samples = new double[9];
        double bytes = 0;
        for (var s = 0; s < samples.Length; s++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++) work();
            samples[s] = clock.Elapsed.TotalMicroseconds / iterations;
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
        }
        Array.Sort(samples);
        return (samples[samples.Length / 2], bytes);
    }
}
