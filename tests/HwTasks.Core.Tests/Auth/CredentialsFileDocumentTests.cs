using System.Security;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Tests.Auth;

/// <summary>
/// The edits Save- and Remove-HwCloudProfile make, on the cases the Pester suite does not write:
/// a name heading two sections (the reader merges them), values the file could not give back, and
/// rehydrating a serialized context (what Start-Job receives) from each kind of source.
/// </summary>
public sealed class CredentialsFileDocumentTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hwtasks-document-").FullName;
    private readonly Dictionary<string, string> _environment = new();

    private string FilePath => Path.Combine(_directory, "credentials");

    private AmbientCredentials Ambient => new(name => _environment.TryGetValue(name, out var v) ? v : null);

    public CredentialsFileDocumentTests()
    {
        _environment["HOME"] = _directory;
        _environment["HUAWEICLOUD_SDK_CREDENTIALS_FILE"] = FilePath;
    }

    private static SecureString Secure(string text) => SecretText.FromString(text);

    private static AccessKeyCredential Key(string ak, string sk, string? token = null) =>
        new(ak, Secure(sk), token is null ? null : Secure(token));

    [Fact]
    public void Replacing_a_name_that_heads_two_sections_clears_the_keys_of_both_and_writes_them_under_the_first()
    {
        File.WriteAllText(FilePath, "[prod]\nak = OLD1\n# first\n[basic]\nak = B\nsk = b\n[PROD]\nsk = old\n; second\n");

        CredentialsFileDocument.Change(FilePath, document =>
        {
            document.SetProfile("prod", Key("NEWAK000000000000001", "new-secret"), "cn-north-4", null, null);
            return true;
        });

        Assert.Equal("[prod]\nak = NEWAK000000000000001\nsk = new-secret\nregion = cn-north-4\n# first\n[basic]\nak = B\nsk = b\n[PROD]\n; second\n",
            File.ReadAllText(FilePath));
        var found = Ambient.FindProfile("prod");
        Assert.Equal("AK NEWA…0001", found.Credential.Identity);
        Assert.Equal("cn-north-4", found.Region);
    }

    [Fact]
    public void Removing_a_name_removes_every_section_it_heads()
    {
        File.WriteAllText(FilePath, "[prod]\nak = A\nsk = a\n\n[basic]\nak = B\nsk = b\n\n[Prod]\nregion = cn-east-3\n");

        CredentialsFileDocument.Change(FilePath, document =>
        {
            Assert.True(document.RemoveProfile("PROD"));
            Assert.False(document.RemoveProfile("PROD"));
            return true;
        });

        Assert.Equal("[basic]\nak = B\nsk = b\n", File.ReadAllText(FilePath));
    }

    [Theory]
    [InlineData("two\nlines", "The secret key must be one line")]
    [InlineData(" leading", "The secret key must be one line")]
    public void A_secret_the_file_could_not_give_back_is_refused_without_showing_it(string secret, string message)
    {
        var document = CredentialsFileDocument.Open(FilePath);

        var failure = Assert.Throws<ArgumentException>(() => document.SetProfile("prod", Key("AK00000000000000001", secret), null, null, null));

        Assert.StartsWith(message, failure.Message);
        Assert.DoesNotContain(secret.Trim(), failure.Message);
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void A_section_name_that_would_end_its_header_is_refused()
    {
        var document = CredentialsFileDocument.Open(FilePath);

        Assert.Throws<ArgumentException>(() => document.SetProfile("a]b", Key("AK00000000000000001", "s"), null, null, null));
    }

    [Fact]
    public void A_serialized_profile_context_is_found_again_with_its_own_defaults()
    {
        File.WriteAllText(FilePath, "[prod]\nak = PRODAK00000000000001\nsk = prod-secret\nregion = cn-east-3\n");
        var serialized = new SerializedContext
        {
            CredentialSourceKind = CredentialSourceKind.CredentialsFile, ProfileName = "prod", CredentialsFilePath = FilePath,
            Identity = "AK PROD…0001", Region = "cn-north-4", ProjectId = "0123456789abcdef0123456789abcdef",
            EndpointUrl = new Uri("http://127.0.0.1:5080"),
        };

        var context = serialized.Rehydrate(Ambient);

        Assert.Equal("AK PROD…0001", context.Identity);
        Assert.Equal(("cn-north-4", "0123456789abcdef0123456789abcdef"), (context.Region, context.ProjectId));
        Assert.Equal(new Uri("http://127.0.0.1:5080"), context.EndpointUrl);
        Assert.Equal((CredentialSourceKind.CredentialsFile, "prod", FilePath), (context.CredentialSourceKind, context.ProfileName, context.CredentialsFilePath));
    }

    [Theory]
    [InlineData(CredentialSourceKind.Parameters, "ContextNotTransferable")]
    [InlineData(CredentialSourceKind.Environment, "ContextSourceMissing")]
    [InlineData(null, "ContextNotTransferable")]
    public void A_serialized_context_without_a_source_to_read_again_is_refused(CredentialSourceKind? kind, string errorId)
    {
        var serialized = new SerializedContext { CredentialSourceKind = kind, CredentialSource = "the -Token parameter", Identity = "IAM token" };

        var failure = Assert.Throws<HwCloudException>(() => serialized.Rehydrate(Ambient));

        Assert.Equal(errorId, failure.ErrorId);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
