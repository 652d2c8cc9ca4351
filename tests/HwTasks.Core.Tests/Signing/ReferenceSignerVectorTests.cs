namespace HwTasks.Core.Tests.Signing;

/// <summary>The reference the signer is property-tested against must itself reproduce the official signer's vectors.</summary>
public class ReferenceSignerVectorTests
{
    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void The_reference_reproduces_every_vector(string name)
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
