using System.Text;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Tests.Signing;
using HwTasks.Emulator;
using HwTasks.Emulator.Gateway;

namespace HwTasks.Emulator.Tests.Gateway;

/// <summary>The gateway's side of SDK-HMAC-SHA256 against the reference vectors the client's signer is tested with.</summary>

public class SignatureVerifierTests
{
    private static (SigningVector Vector, SigningResult Signed, SignatureVerifier Verifier) Prepare(string name, TimeSpan? clockOffset = null)
    {
        var vector = SigningVector.Named(name);
        var signed = RequestSigner.Sign(vector.ToInput(), vector.AccessKey, Encoding.UTF8.GetBytes(vector.SecretKey));
        RequestSigner.TryParseDate(vector.Headers.First(h => h.Key == "X-Sdk-Date").Value, out var date);
        var token = vector.Headers.FirstOrDefault(h => h.Key == "X-Security-Token").Value;
        var verifier = new SignatureVerifier(
            ak => ak == vector.AccessKey ? new VerifierKey(Encoding.UTF8.GetBytes(vector.SecretKey), token) : null,
            () => date + (clockOffset ?? TimeSpan.Zero));
        return (vector, signed, verifier);
    }

    private static VerificationResult Verify(SignatureVerifier verifier, SigningVector vector,
        IReadOnlyList<KeyValuePair<string, string>> headers, string? body = null, string? query = null, string? path = null) =>
        verifier.Verify(vector.Method, path ?? new Uri(vector.Url).AbsolutePath, query ?? new Uri(vector.Url).Query, headers,
            Encoding.UTF8.GetBytes(body ?? vector.Body));

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Accepts_every_vector_as_signed(string name)
    {
        var (vector, signed, verifier) = Prepare(name);

        var result = Verify(verifier, vector, signed.FinalHeaders);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(vector.AccessKey, result.AccessKey);
    }

    [Fact]
    public void Rejects_one_changed_body_byte()
    {
        var (vector, signed, verifier) = Prepare("put_json_body_cdm_start_job");

        var result = Verify(verifier, vector, signed.FinalHeaders, body: "{\"variables\":{ }");

        Assert.Equal(VerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Rejects_one_changed_signed_header()
    {
        var (vector, signed, verifier) = Prepare("post_empty_body_dataarts_execute_task_action");
        var headers = signed.FinalHeaders
            .Select(h => h.Key == "workspace" ? new KeyValuePair<string, string>(h.Key, "0833a5737480d53b2f25c010dc1a7b89") : h).ToList();

        Assert.Equal(VerificationFailure.SignatureMismatch, Verify(verifier, vector, headers).Failure);
    }

    [Fact]
    public void Rejects_one_changed_query_value()
    {
        var (vector, signed, verifier) = Prepare("get_query_unsorted_kafka_list_background_tasks");

        var result = Verify(verifier, vector, signed.FinalHeaders,
            query: "?begin_time=20240301000000&end_time=20240315235959&limit=10&start=2");

        Assert.Equal(VerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Rejects_a_changed_path()
    {
        var (vector, signed, verifier) = Prepare("get_no_query_cdm_show_job_status");

        var result = Verify(verifier, vector, signed.FinalHeaders, path: new Uri(vector.Url).AbsolutePath.Replace("job_1", "job_2"));

        Assert.Equal(VerificationFailure.SignatureMismatch, result.Failure);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-16)]
    public void Rejects_a_date_sixteen_minutes_off(int minutes)
    {
        var (vector, signed, verifier) = Prepare("get_no_query_cdm_show_job_status", TimeSpan.FromMinutes(minutes));

        var result = Verify(verifier, vector, signed.FinalHeaders);

        Assert.Equal(VerificationFailure.DateOutOfRange, result.Failure);
        Assert.Equal(TimeSpan.FromMinutes(-minutes), result.ClockSkew);
    }

    [Fact]
    public void Accepts_a_date_fourteen_minutes_off()
    {
        var (vector, signed, verifier) = Prepare("get_no_query_cdm_show_job_status", TimeSpan.FromMinutes(14));

        Assert.True(Verify(verifier, vector, signed.FinalHeaders).IsValid);
    }

    [Fact]
    public void Rejects_a_missing_authorization()
    {
        var (vector, signed, verifier) = Prepare("get_no_query_cdm_show_job_status");

        var result = Verify(verifier, vector, signed.FinalHeaders.Where(h => h.Key != "Authorization").ToList());

        Assert.Equal(VerificationFailure.MissingAuthorization, result.Failure);
    }

    [Theory]
    [InlineData("SDK-HMAC-SHA256 Access=AKEXAMPLE0123456789", VerificationFailure.MalformedAuthorization)]
    [InlineData("SDK-HMAC-SHA256 garbage", VerificationFailure.MalformedAuthorization)]
    [InlineData("AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=00", VerificationFailure.UnsupportedAlgorithm)]
    [InlineData("SDK-HMAC-SHA256 Access=UNKNOWN, SignedHeaders=host;x-sdk-date, Signature=00", VerificationFailure.UnknownAccessKey)]
    public void Rejects_a_malformed_or_foreign_authorization(string authorization, VerificationFailure expected)
    {
        var (vector, signed, verifier) = Prepare("get_no_query_cdm_show_job_status");
        var headers = signed.FinalHeaders
            .Select(h => h.Key == "Authorization" ? new KeyValuePair<string, string>(h.Key, authorization) : h).ToList();

        Assert.Equal(expected, Verify(verifier, vector, headers).Failure);
    }

    [Fact]
    public void Rejects_temporary_credentials_without_their_token()
    {
        var (vector, signed, verifier) = Prepare("security_token_temporary_credentials");
        var withoutToken = vector.ToInput();
        var tokenHeader = withoutToken.Headers.Single(h => h.Key == "X-Security-Token");
        withoutToken.Headers.Remove(tokenHeader);
        var resigned = RequestSigner.Sign(withoutToken, vector.AccessKey, Encoding.UTF8.GetBytes(vector.SecretKey));

        Assert.Equal(VerificationFailure.SecurityTokenMismatch, Verify(verifier, vector, resigned.FinalHeaders).Failure);
    }

    [Fact]
    public void Rejects_a_signed_header_that_is_absent()
    {
        var (vector, signed, verifier) = Prepare("post_empty_body_dataarts_execute_task_action");

        var result = Verify(verifier, vector, signed.FinalHeaders.Where(h => h.Key != "workspace").ToList());

        Assert.Equal(VerificationFailure.SignedHeaderMissing, result.Failure);
    }

    // The official SDK signs the canonical URI of a decoded path: for a job named "a/b", sent as
    // a%2Fb, it hashes ".../job/a/b/start/". The signature below is computed as it would, by hand.
    [Theory]
    [InlineData("/v1.1/p/clusters/c/cdm/job/a/b/start/", true)]
    [InlineData("/v1.1/p/clusters/c/cdm/job/a%2Fb/start/", false)]
    public void Verifies_an_encoded_slash_as_the_official_signer_signs_it(string canonicalUri, bool accepted)
    {
        const string date = "20240515T031900Z";
        var secret = Encoding.UTF8.GetBytes(EmulatorDefaults.SecretKey);
        var canonical = "PUT\n" + canonicalUri + "\n\nhost:cdm.example\nx-sdk-date:" + date + "\n\nhost;x-sdk-date\n" + CanonicalRequest.EmptyPayloadHash;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var stringToSign = "SDK-HMAC-SHA256\n" + date + "\n" + hash;
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(stringToSign)));
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", "cdm.example"),
            new("X-Sdk-Date", date),
            new("Authorization", "SDK-HMAC-SHA256 Access=" + EmulatorDefaults.AccessKey + ", SignedHeaders=host;x-sdk-date, Signature=" + signature),
        };
        RequestSigner.TryParseDate(date, out var now);
        var verifier = new SignatureVerifier(ak => ak == EmulatorDefaults.AccessKey ? new VerifierKey(secret) : null, () => now);

        var result = verifier.Verify("PUT", "/v1.1/p/clusters/c/cdm/job/a%2Fb/start", null, headers, Array.Empty<byte>());

        Assert.Equal(accepted, result.IsValid);
    }
}
