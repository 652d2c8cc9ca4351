using System.Security.Cryptography;
using System.Text;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Tests.Signing;

/// <summary>
/// The signer keeps one keyed HMAC per thread and keys it again only when the SK changes: each
/// signature must still be the one a fresh HMAC with that request's key computes.
/// </summary>
public class RequestSignerKeyTests
{
    private static readonly string[] Keys =
    {
        "EmulatorSecretKey00000000000000000000001",
        "EmulatorSecretKey00000000000000000000002", // one byte apart, same length
        "OtherAccountSecretKey0000000000000000001",
        "short",
    };

    [Fact]
    public void Every_signature_uses_its_own_requests_key_when_keys_alternate_on_one_thread()
    {
        var vector = SigningVector.Named("security_token_temporary_credentials");
        foreach (var key in Keys.Concat(Keys.Reverse()).Concat(Keys))
        {
            var secret = Encoding.UTF8.GetBytes(key);
            var result = RequestSigner.Sign(vector.ToInput(), vector.AccessKey, secret);

            using var fresh = new HMACSHA256(Encoding.UTF8.GetBytes(key));
            var expected = Convert.ToHexStringLower(fresh.ComputeHash(Encoding.UTF8.GetBytes(result.StringToSign)));
            Assert.Equal(expected, result.Signature);
        }
    }

    [Fact]
    public void A_key_the_caller_clears_after_signing_does_not_change_the_next_signature()
    {
        var vector = SigningVector.Named("security_token_temporary_credentials");
        var first = Encoding.UTF8.GetBytes(vector.SecretKey);
        var expected = RequestSigner.Sign(vector.ToInput(), vector.AccessKey, first).Signature;
        Array.Clear(first, 0, first.Length); // as the authenticator does with its copy

        var again = RequestSigner.Sign(vector.ToInput(), vector.AccessKey, Encoding.UTF8.GetBytes(vector.SecretKey));

        Assert.Equal(expected, again.Signature);
        Assert.Equal(vector.ExpectedField("signature"), again.Signature);
    }
}
