using System.Text;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Tests.Signing;

public class RequestSignerVectorTests
{
    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Reproduces_every_field_of_the_official_signer(string name)
    {
        var vector = SigningVector.Named(name);

        var result = RequestSigner.Sign(vector.ToInput(), vector.AccessKey, Encoding.UTF8.GetBytes(vector.SecretKey));

        Assert.Equal(vector.ExpectedField("canonical_uri"), result.Canonical.Uri);
        Assert.Equal(vector.ExpectedField("canonical_query_string"), result.Canonical.Query);
        Assert.Equal(vector.ExpectedField("signed_headers"), result.Canonical.SignedHeaders);
        Assert.Equal(vector.ExpectedField("payload_hash"), result.Canonical.PayloadHash);
        Assert.Equal(vector.ExpectedField("canonical_request"), result.Canonical.Text);
        Assert.Equal(vector.ExpectedField("string_to_sign"), result.StringToSign);
        Assert.Equal(vector.ExpectedField("signature"), result.Signature);
        Assert.Equal(vector.ExpectedField("authorization"), result.Authorization);

        var expectedHeaders = vector.Expected.GetProperty("final_headers").EnumerateObject()
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList();
        Assert.Equal(expectedHeaders.OrderBy(h => h.Key, StringComparer.Ordinal),
                     result.FinalHeaders.OrderBy(h => h.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Wire_url_query_is_the_canonical_query(string name)
    {
        var vector = SigningVector.Named(name);
        var query = new Uri(vector.Url).Query.TrimStart('?');

        Assert.Equal(query, CanonicalRequest.BuildQuery(vector.Query));
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void The_reference_the_signer_is_checked_against_reproduces_every_vector_too(string name)
    {
        var vector = SigningVector.Named(name);
        var body = vector.Body.Length == 0 ? null : System.Text.Encoding.UTF8.GetBytes(vector.Body);

        var signed = ReferenceSigner.Sign(vector.Method, vector.Host, vector.ResourcePath, vector.Query, vector.Headers, body,
            DateTimeOffset.UnixEpoch, vector.AccessKey, vector.SecretKey);

        Assert.Equal(vector.ExpectedField("canonical_request"), signed.CanonicalRequest);
        Assert.Equal(vector.ExpectedField("string_to_sign"), signed.StringToSign);
        Assert.Equal(vector.ExpectedField("authorization"), signed.Authorization);
        var expectedHeaders = vector.Expected.GetProperty("final_headers").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!));
        Assert.Equal(expectedHeaders.OrderBy(h => h.Key, StringComparer.Ordinal), signed.Headers.OrderBy(h => h.Key, StringComparer.Ordinal));
    }
}
