using HwTasks.Core.Services.Cdm;
using System.Net.Http;
using System.Security;
using System.Text;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Emulator.Gateway;

namespace HwTasks.Core.Tests.Http;

/// <summary>Known credentials and shortcuts for sending through the real pipeline to a loopback server.</summary>
public static class PipelineFixture
{
    public const string AccessKey = "TESTAK00000000000001";
    public const string SecretKey = "TestSecretKey-0123456789-abcdefghij-XYZ";
    public const string SecurityToken = "test-security-token-0001";
    public const string ProjectId = "0123456789abcdef0123456789abcdef";

    public static SecureString Secure(string value) => SecretText.FromString(value);

    public static AccessKeyCredential Credential(bool temporary = false) =>
        new(AccessKey, Secure(SecretKey), temporary ? Secure(SecurityToken) : null);

    public static ServiceTarget Target(Uri baseUri, RequestAuthenticator? authenticator = null, CloudService? service = null) =>
        new(service ?? CdmService.Instance, baseUri, "cn-north-4", ProjectId, authenticator ?? RequestAuthenticator.Signing(Credential()));

    public static CallOptions FastOptions(TestTrace? trace = null, int retries = 3) => new()
    {
        MaximumRetryCount = retries,
        RetryInterval = TimeSpan.FromMilliseconds(5),
        Timeout = TimeSpan.FromSeconds(10),
        Trace = trace,
        Jitter = () => 0,
    };

    public static HwCloudRequest Get(string path = "/v1.1/" + ProjectId + "/clusters") =>
        new(CdmService.Instance, "ListClusters", HttpMethod.Get, path);

    public static HwCloudRequest Start()
    {
        var request = new HwCloudRequest(CdmService.Instance, "StartJob", HttpMethod.Put,
            "/v1.1/" + ProjectId + "/clusters/c1/cdm/job/j1/start");
        request.SetJsonBody("{\"variables\":{}}", HwCloudRequest.JsonUtf8ContentType);
        return request;
    }

    public static Task<HwCloudResponse> Send(ScriptedServer server, HwCloudRequest request, CallOptions? options = null,
        RequestAuthenticator? authenticator = null, CancellationToken cancellationToken = default) =>
        HwCloudClient.Shared.SendAsync(Target(server.BaseUri, authenticator), request, options ?? FastOptions(), cancellationToken);

    /// <summary>Verifies a received request the way the gateway does.</summary>
    public static VerificationResult Verify(ReceivedRequest received, string? securityToken = null) =>
        new SignatureVerifier(ak => ak == AccessKey ? new VerifierKey(Encoding.UTF8.GetBytes(SecretKey), securityToken) : null)
            .Verify(received.Method, received.Path, received.Query, received.Headers, received.Body);
}
