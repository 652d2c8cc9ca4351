using System.Diagnostics;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Kafka;
namespace HwTasks.PerfHarness;
internal static class Probe
{
    public static async Task<int> RunAsync(Uri url)
    {
        static double Med(double[] t) { Array.Sort(t); return t[t.Length / 2]; }
        var n = 3000;
        var t1 = new double[n];
        async Task Time(string name, Func<Task> f) { for (var i = 0; i < 300; i++) await f(); for (var i = 0; i < n; i++) { var s = Stopwatch.GetTimestamp(); await f(); t1[i] = Stopwatch.GetElapsedTime(s).TotalMicroseconds; } Console.WriteLine(name + " " + Med(t1)); }
        var credential = new AccessKeyCredential("EMULATORAK0000000001", SecretText.FromString("EmulatorSecretKey00000000000000000000001"));
        var signed = new ServiceTarget(KafkaService.Instance, url, "cn-north-4", "0123456789abcdef0123456789abcdef", RequestAuthenticator.Signing(credential));
        var anon = new ServiceTarget(KafkaService.Instance, url, "cn-north-4", "0123456789abcdef0123456789abcdef", RequestAuthenticator.Anonymous);
        var options = new CallOptions();
        HwCloudRequest Req() => new HwCloudRequest(KafkaService.Instance, "X", HttpMethod.Get, "/v2/p/instances/i/tasks");
        await Time("send anon", () => HwCloudClient.Shared.SendAsync(anon, Req(), options, default));
        await Time("send signed", () => HwCloudClient.Shared.SendAsync(signed, Req(), options, default));
        var secret = System.Text.Encoding.UTF8.GetBytes("EmulatorSecretKey00000000000000000000001");
        await Time("utf8bytes", () => { var b = SecretText.Utf8Bytes(credential.SecretKey); SecretText.Clear(b); return Task.CompletedTask; });
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        async Task Raw(params string[] names) { using var m = new HttpRequestMessage(HttpMethod.Get, url + "v2/p/instances/i/tasks"); foreach (var n in names) m.Headers.TryAddWithoutValidation(n, n == "Host" ? url.Authority : "SDK-HMAC-SHA256 Access=EMULATORAK0000000001, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"); using var r = await raw.SendAsync(m); await r.Content.ReadAsByteArrayAsync(); }
        await Time("raw", () => Raw());
        await Time("raw+host", () => Raw("Host"));
        await Time("raw+auth", () => Raw("Authorization"));
        await Time("raw+date", () => Raw("X-Sdk-Date"));
        var req = Req();
        var state = new CallState(signed, req, options);
        var uri = HwCloudClient.BuildUri(url, req);
        var hdrs = new List<KeyValuePair<string, string>> { new("User-Agent", "x"), new("X-Project-Id", "0123456789abcdef0123456789abcdef") };
        await Time("authenticate", () => signed.Authenticator.AuthenticateAsync(state, uri, hdrs, default));
        var input = new HwTasks.Core.Auth.Signing.SigningInput("GET", uri.Authority, uri.AbsolutePath) { Timestamp = DateTimeOffset.UtcNow };
        foreach (var h in hdrs) input.Headers.Add(h);
        await Time("sign", () => { HwTasks.Core.Auth.Signing.RequestSigner.Sign(input, "EMULATORAK0000000001", secret); return Task.CompletedTask; });
        return 0;
    }
}
