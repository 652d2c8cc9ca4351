using System.Net.Http;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Json;
using HwTasks.Core.Services.Cdm;

namespace HwTasks.FrameworkTests
{
    /// <summary>
    /// Core's HTTP pipeline (retry, signing, trace, buffer, this runtime's HttpClientHandler) against the
    /// emulator, whose gateway checks every signature as Huawei Cloud's does; the answers parse into models.
    /// </summary>
    internal static class PipelineCases
    {
        // The emulator's default account and seed (EmulatorDefaults, docs/EMULATOR.md).
        private const string AccessKey = "EMULATORAK0000000001";
        private const string SecretKey = "EmulatorSecretKey00000000000000000000001";
        private const string TemporaryAccessKey = "EMULATORTMPAK0000001";
        private const string TemporarySecretKey = "EmulatorTemporarySecretKey00000000000001";
        private const string SecurityToken = "emulator-security-token-0001";
        private const string ProjectId = "0123456789abcdef0123456789abcdef";
        private const string ClusterId = "6ec9a0a4-76be-4262-8697-e7af1fac7920";

        public static void Add(CaseRunner runner, Uri emulator)
        {
            var cdm = new CdmClient();
            var signed = Target(emulator, new AccessKeyCredential(AccessKey, SecretText.FromString(SecretKey)));

            runner.Case("a signed GET passes the gateway's signature check and parses into a CdmJob", async () =>
            {
                var jobs = await cdm.GetJobAsync(signed, ClusterId, "jdbc2hive", Options(), CancellationToken.None);
                Check.Equal("jdbc2hive", jobs.Single().JobName, "job name");
            });

            runner.Case("a signed GET with a security token (temporary credentials) passes the gateway", async () =>
            {
                var temporary = Target(emulator, new AccessKeyCredential(TemporaryAccessKey, SecretText.FromString(TemporarySecretKey), SecretText.FromString(SecurityToken)));
                var clusters = await cdm.ListClustersAsync(temporary, Options(), CancellationToken.None);
                Check.True(clusters.Any(c => c.ClusterId == ClusterId), "the seeded cluster is listed");
            });

            runner.Case("a signed PUT with a JSON body passes the gateway, starts a run and goes out without Expect: 100-continue", async () =>
            {
                var runs = await cdm.StartJobAsync(signed, ClusterId, "obs2hive_logs", null, Options(), CancellationToken.None);
                Check.True(runs.Single().SubmissionId.HasValue, "a submission id");
                var start = (await RequestLog(emulator)).Last(e => (string)e["method"]! == "PUT" && ((string)e["path"]!).EndsWith("/obs2hive_logs/start", StringComparison.Ordinal));
                Check.Equal(200L, start["status"], "status of the start");
                Check.True(!((Dictionary<string, object?>)start["headers"]!).Keys.Any(k => string.Equals(k, "Expect", StringComparison.OrdinalIgnoreCase)),
                    "no Expect header on the start");
            });

            runner.Case("a wrong secret key is refused by the gateway: 401 with its request id", async () =>
            {
                var wrong = Target(emulator, new AccessKeyCredential(AccessKey, SecretText.FromString("NotTheSecretKey000000000000000000000001")));
                var error = await Refused(() => cdm.GetJobAsync(wrong, ClusterId, "jdbc2hive", Options(), CancellationToken.None));
                Check.Equal(401, error.StatusCode, "status");
                Check.True(!string.IsNullOrEmpty(error.RequestId), "a request id in the error");
            });

            runner.Case("a job that does not exist parses into a 404 error with the service's code and request id", async () =>
            {
                var error = await Refused(() => cdm.GetJobAsync(signed, ClusterId, "no-such-job", Options(), CancellationToken.None));
                Check.Equal(HwCloudErrorKind.Service, error.Kind, "kind");
                Check.Equal(404, error.StatusCode, "status");
                Check.True(!string.IsNullOrEmpty(error.ServiceErrorCode) && !string.IsNullOrEmpty(error.RequestId), "service code and request id: " + error.Message);
            });

            runner.Case("16 signed calls in flight at once all pass the gateway", async () =>
            {
                var calls = Enumerable.Range(0, 16).Select(_ => cdm.GetJobStatusAsync(signed, ClusterId, "jdbc2hive", Options(), CancellationToken.None));
                var answers = await Task.WhenAll(calls);
                Check.Equal(16, answers.Count(a => a.Count > 0), "answered calls");
            });
        }

        private static ServiceTarget Target(Uri emulator, AccessKeyCredential credential) =>
            new ServiceTarget(CdmService.Instance, emulator, "cn-north-4", ProjectId, RequestAuthenticator.Signing(credential));

        private static CallOptions Options() => new CallOptions { MaximumRetryCount = 0, Timeout = TimeSpan.FromSeconds(60) };

        private static async Task<HwCloudException> Refused(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (HwCloudException e)
            {
                return e;
            }
            throw new Exception("The call succeeded.");
        }

        // The emulator's request log: what arrived on the wire, headers included.
        private static async Task<List<Dictionary<string, object?>>> RequestLog(Uri emulator)
        {
            using var client = new HttpClient();
            var text = await client.GetStringAsync(new Uri(emulator, "/_emulator/requests"));
            return ((List<object?>)JsonTree.Parse(text)!).Cast<Dictionary<string, object?>>().ToList();
        }
    }
}
