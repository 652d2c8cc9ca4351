using System.Security;
using System.Text;
using BenchmarkDotNet.Attributes;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Benchmarks;

/// <summary>The cost of SDK-HMAC-SHA256 per request: canonical request, hashes, HMAC, header list.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes("EmulatorSecretKey00000000000000000000001");
    private SigningInput _get = null!;
    private SigningInput _putWithBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _get = new SigningInput("GET", "dms.cn-north-4.myhuaweicloud.com", "/v2/0123456789abcdef0123456789abcdef/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks");
        foreach (var (k, v) in new[] { ("start", "0"), ("limit", "100"), ("begin_time", "20240301000000"), ("end_time", "20240315235959") })
            _get.Query.Add(new(k, v));
        AddHeaders(_get);

        _putWithBody = new SigningInput("PUT", "cdm.cn-north-4.myhuaweicloud.com", "/v1.1/0123456789abcdef0123456789abcdef/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/start")
        {
            Body = Encoding.UTF8.GetBytes("{\"variables\":{\"date\":\"2024-06-01\",\"batch\":\"7\"}}"),
        };
        AddHeaders(_putWithBody);
    }

    private static void AddHeaders(SigningInput input)
    {
        input.Headers.Add(new("Content-Type", "application/json;charset=UTF-8"));
        input.Headers.Add(new("User-Agent", "HwTasks/0.1.0 PowerShell/7.6.9 (Linux)"));
        input.Headers.Add(new("X-Project-Id", "0123456789abcdef0123456789abcdef"));
        input.Headers.Add(new("X-Sdk-Date", "20240315T080910Z"));
    }

    [Benchmark(Baseline = true)]
    public string SignGetWithQuery() => RequestSigner.Sign(_get, "EMULATORAK0000000001", _secret).Authorization;

    [Benchmark]
    public string SignPutWithBody() => RequestSigner.Sign(_putWithBody, "EMULATORAK0000000001", _secret).Authorization;
}
