using System.Text.Json.Nodes;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// Authenticates a request the way APIG does: an SDK-HMAC-SHA256 signature (AK/SK, optionally
/// temporary with a security token) or an IAM token in X-Auth-Token; then checks the project the
/// path names belongs to the caller.
/// </summary>
internal sealed class GatewayAuthenticator
{
    public const string AuthTokenHeader = "X-Auth-Token";
    public const string ProjectIdHeader = "X-Project-Id";

    private readonly AccountDirectory _accounts;
    private readonly TokenStore _tokens;
    private readonly SignatureVerifier _verifier;

    /// <param name="gatewayClock">
    /// The wall clock, not the emulator clock: a real gateway's clock does not jump when a test
    /// fast-forwards job lifecycles, and clients sign with their own wall clock.
    /// </param>
    public GatewayAuthenticator(AccountDirectory accounts, TokenStore tokens, TimeProvider gatewayClock)
    {
        _accounts = accounts;
        _tokens = tokens;
        _verifier = new SignatureVerifier(VerifierKeyFor, gatewayClock.GetUtcNow);
    }

    /// <summary>The key material the signature verifier needs for an AK, or null when unknown.</summary>
    private VerifierKey? VerifierKeyFor(string accessKey) =>
        _accounts.FindCredential(accessKey) is { } credential
            ? new VerifierKey(System.Text.Encoding.UTF8.GetBytes(credential.SecretKey), credential.SecurityToken)
            : null;

    public sealed record Outcome(Caller? Caller, int Status, JsonObject? Error)
    {
        public bool Succeeded => Caller is not null;
    }

    public Outcome Authenticate(RequestContext context, byte[] body)
    {
        var request = context.Request;
        var hasSignature = request.Headers[KnownHeaders.Authorization].Length > 0;
        var token = request.Headers[AuthTokenHeader];

        if (!hasSignature && !string.IsNullOrEmpty(token)) return AuthenticateToken(context, token);
        if (!hasSignature)
            return Unauthorized(context, "APIGW.0301", "Incorrect IAM authentication information: Authorization header or X-Auth-Token is missing");

        var rawTarget = request.RawTarget;
        var queryStart = rawTarget.IndexOf('?');
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var rawQuery = queryStart < 0 ? null : rawTarget[(queryStart + 1)..];
        var headers = request.Headers.ToList();

        var result = _verifier.Verify(request.Method, rawPath, rawQuery, headers, body);
        // Code families: 0301 signature problems, 0307 token problems, 0302 authorization.
        if (!result.IsValid) return Unauthorized(context, "APIGW.0301", "Incorrect IAM authentication information: " + ReasonFor(result));

        var account = _accounts.FindByAccessKey(result.AccessKey!)!;
        return CheckProject(context, new Caller(account, "aksk", null));
    }

    private Outcome AuthenticateToken(RequestContext context, string value)
    {
        var issued = _tokens.Find(value);
        if (issued is null)
        {
            var reason = _tokens.IsKnown(value) ? "the token has expired" : "the token is invalid";
            return Unauthorized(context, "APIGW.0307", "Incorrect IAM authentication information: " + reason);
        }
        return CheckProject(context, new Caller(issued.Account, "token", issued.Project.Id));
    }

    private static Outcome CheckProject(RequestContext context, Caller caller)
    {
        var pathProject = context.Route.ProjectId;
        var headerProject = context.Request.Headers[ProjectIdHeader];
        if (headerProject.Length > 0)
        {
            if (pathProject is not null && headerProject != pathProject)
                return Forbidden(context, $"X-Project-Id {headerProject} does not match the project {pathProject} in the path");
            if (caller.Account.FindProject(headerProject) is null)
                return Forbidden(context, $"project {headerProject} does not belong to the caller's account");
        }
        if (pathProject is not null)
        {
            if (caller.Account.FindProject(pathProject) is null)
                return Forbidden(context, $"project {pathProject} does not belong to the caller's account");
            if (caller.TokenProjectId is not null && caller.TokenProjectId != pathProject)
                return Forbidden(context, $"the token is scoped to project {caller.TokenProjectId}, not {pathProject}");
        }
        return new Outcome(caller, StatusCodes.Status200OK, null);
    }

    private static string ReasonFor(VerificationResult result) => result.Failure switch
    {
        VerificationFailure.MissingAuthorization => "Authorization header is missing",
        VerificationFailure.UnsupportedAlgorithm => "Authorization must use SDK-HMAC-SHA256",
        VerificationFailure.MalformedAuthorization => "Authorization header is malformed: " + result.Message,
        VerificationFailure.UnknownAccessKey => "the access key does not exist",
        VerificationFailure.MissingDate => "X-Sdk-Date header is missing",
        VerificationFailure.MalformedDate => "X-Sdk-Date is malformed, expected yyyyMMddTHHmmssZ",
        VerificationFailure.DateOutOfRange =>
            $"X-Sdk-Date is out of range: it is {Math.Abs(result.ClockSkew?.TotalSeconds ?? 0):0} s from the gateway clock (maximum 15 minutes)",
        VerificationFailure.SignedHeaderMissing => "signed headers are incomplete: " + result.Message,
        VerificationFailure.SecurityTokenMismatch => "X-Security-Token is missing, unsigned or does not belong to the temporary access key",
        VerificationFailure.SignatureMismatch => "verify aksk signature fail",
        _ => result.Message,
    };

    private static Outcome Unauthorized(RequestContext context, string code, string message) =>
        new(null, StatusCodes.Status401Unauthorized, GatewayErrors.Body(context, code, message));

    private static Outcome Forbidden(RequestContext context, string detail) =>
        new(null, StatusCodes.Status403Forbidden, GatewayErrors.Body(context, "APIGW.0302",
            "The IAM or enterprise project policy does not allow you to access this API: " + detail));
}
