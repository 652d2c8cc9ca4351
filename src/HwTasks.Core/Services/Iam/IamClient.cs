using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>The two IAM calls HwTasks needs: the project id of a region, and a token for a password.</summary>
    public sealed class IamClient
    {
        private readonly HwCloudClient _client;

        public IamClient(HwCloudClient? client = null) => _client = client ?? HwCloudClient.Shared;

        /// <summary>GET /v3/projects?name={region}: exactly one project must match.</summary>
        public async Task<string> GetProjectIdAsync(Uri iamBase, string region, RequestAuthenticator authenticator, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = new HwCloudRequest(IamService.Instance, "KeystoneListProjects", HttpMethod.Get, "/v3/projects");
            request.AddQuery("name", region);
            var target = new ServiceTarget(IamService.Instance, iamBase, region, null, authenticator);
            var response = await _client.SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            var projects = ResponseJson.Deserialize(response, "IAM", request.Operation, IamJson.Wire.IamProjectsResponse).Projects!;
            var ids = projects.Where(p => p is not null && p.Name == region && !string.IsNullOrEmpty(p.Id)).Select(p => p!.Id!).ToList();
            if (ids.Count == 1) return ids[0];
            throw HwCloudException.Configuration(ids.Count == 0 ? "ProjectNotFound" : "AmbiguousProject",
                ids.Count == 0
                    ? "IAM lists no project named '" + region + "' for these credentials (request id " + (response.RequestId ?? "none") +
                      "). Check -Region, or pass -ProjectId."
                    : "IAM lists " + ids.Count + " projects named '" + region + "' (" + string.Join(", ", ids) + "). Pass -ProjectId to choose one.");
        }

        /// <summary>POST /v3/auth/tokens with a password identity scoped to the region's project.</summary>
        public async Task<AuthToken> CreateTokenAsync(Uri iamBase, PasswordCredential credential, string region, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = new HwCloudRequest(IamService.Instance, "KeystoneCreateUserTokenByPassword", HttpMethod.Post, "/v3/auth/tokens")
            {
                BodyCarriesSecrets = true,
                // A POST, but asking for a token twice only issues two tokens: retried like a read, so a
                // 503 on a renewal shared by many callers does not fail them all.
                IsIdempotent = true,
            };
            request.SetBody(PasswordBody(credential, region), HwCloudRequest.JsonUtf8ContentType);
            var target = new ServiceTarget(IamService.Instance, iamBase, region, null, RequestAuthenticator.Anonymous);
            var response = await _client.SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            var token = response.Header("X-Subject-Token");
            if (string.IsNullOrEmpty(token))
            {
                throw HwCloudException.Transport(HwCloudErrorKind.InvalidResponse, "InvalidResponse", "IAM", request.Operation,
                    "the response has no X-Subject-Token header", response.RequestId);
            }
            var receivedAt = DateTimeOffset.UtcNow;
            var body = ResponseJson.Deserialize(response, "IAM", request.Operation, IamJson.Wire.IamTokenResponse).Token!;
            // The life the issuer gives (issued_at to expires_at, both on its clock) holds on ours.
            var lifetime = body.ExpiresAt!.Value - (body.IssuedAt ?? receivedAt);
            return new AuthToken(SecretText.FromString(token!), receivedAt, lifetime, body.Project?.Id);
        }

        // Written by hand, not through a source-generated DTO like every other body: the password is
        // revealed only for the write into the body buffer, never kept in an object graph.
        private static byte[] PasswordBody(PasswordCredential credential, string region)
        {
            var password = SecretText.Reveal(credential.Password);
            using var buffer = new System.IO.MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("auth");
                json.WriteStartObject("identity");
                json.WriteStartArray("methods");
                json.WriteStringValue("password");
                json.WriteEndArray();
                json.WriteStartObject("password");
                json.WriteStartObject("user");
                json.WriteStartObject("domain");
                json.WriteString("name", credential.DomainName);
                json.WriteEndObject();
                json.WriteString("name", credential.UserName);
                json.WriteString("password", password);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("scope");
                json.WriteStartObject("project");
                json.WriteString("name", region);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            return buffer.ToArray();
        }
    }
}
