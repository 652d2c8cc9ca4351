using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Tests.Auth;

public sealed class AmbientCredentialsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hwtasks-creds-").FullName;
    private readonly Dictionary<string, string> _environment = new();

    public AmbientCredentialsTests()
    {
        _environment["HOME"] = _directory; // never the real ~/.huaweicloud
    }

    private AmbientCredentials Ambient => new(name => _environment.TryGetValue(name, out var v) ? v : null);

    private void WriteFile(string text, string? path = null)
    {
        path ??= Path.Combine(_directory, ".huaweicloud", "credentials");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_HUAWEICLOUD_variables_come_first_with_their_token_and_project()
    {
        _environment["HUAWEICLOUD_SDK_AK"] = "ENVAK000000000000001";
        _environment["HUAWEICLOUD_SDK_SK"] = "env-secret";
        _environment["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = "env-token";
        _environment["HUAWEICLOUD_SDK_PROJECT_ID"] = "0123456789abcdef0123456789abcdef";
        _environment["CLOUD_SDK_AK"] = "OTHER";
        _environment["CLOUD_SDK_SK"] = "other";
        WriteFile("[basic]\nak = FILEAK\nsk = file-secret\n");

        var found = Ambient.Find()!;

        Assert.Equal(AuthenticationType.TemporaryAccessKey, found.Credential.AuthenticationType);
        Assert.Equal("AK ENVA…0001", found.Credential.Identity);
        Assert.Equal("environment variables HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK/HUAWEICLOUD_SDK_SECURITY_TOKEN", found.Source);
        Assert.Equal("0123456789abcdef0123456789abcdef", found.ProjectId);
    }

    [Fact]
    public void The_seed_examples_CLOUD_SDK_variables_come_next()
    {
        _environment["CLOUD_SDK_AK"] = "SEEDAK00000000000001";
        _environment["CLOUD_SDK_SK"] = "seed-secret";

        var found = Ambient.Find()!;

        Assert.Equal("environment variables CLOUD_SDK_AK/CLOUD_SDK_SK", found.Source);
        Assert.Equal(AuthenticationType.AccessKey, found.Credential.AuthenticationType);
    }

    [Fact]
    public void Half_set_variables_are_an_error_naming_the_missing_one()
    {
        _environment["HUAWEICLOUD_SDK_AK"] = "ENVAK";

        var failure = Assert.Throws<HwCloudException>(() => Ambient.Find());

        Assert.Equal("IncompleteEnvironmentCredentials", failure.ErrorId);
        Assert.StartsWith("HUAWEICLOUD_SDK_SK is not set while HUAWEICLOUD_SDK_AK is.", failure.Message);
    }

    [Fact]
    public void The_credentials_file_basic_section_is_the_fallback()
    {
        WriteFile("# comment\n[basic]\nak = FILEAK00000000000001\nsk = file-secret\nproject_id = fedcba9876543210fedcba9876543210\niam_endpoint = https://iam.example\n[other]\nak=A\nsk=B\n");

        var found = Ambient.Find()!;

        Assert.Equal("AK FILE…0001", found.Credential.Identity);
        Assert.Equal("fedcba9876543210fedcba9876543210", found.ProjectId);
        Assert.Equal("https://iam.example", found.IamEndpoint);
        Assert.EndsWith("credentials [basic]", found.Source);
    }

    [Fact]
    public void A_profile_picks_a_section_and_ignores_the_environment()
    {
        _environment["HUAWEICLOUD_SDK_AK"] = "ENVAK";
        _environment["HUAWEICLOUD_SDK_SK"] = "env";
        WriteFile("[basic]\nak=A1\nsk=S1\n[prod]\nak = PRODAK00000000000001\nsk = prod-secret\n");

        var found = Ambient.Find("prod")!;

        Assert.Equal("AK PROD…0001", found.Credential.Identity);
    }

    [Fact]
    public void HUAWEICLOUD_SDK_CREDENTIALS_FILE_moves_the_file()
    {
        var path = Path.Combine(_directory, "elsewhere.ini");
        WriteFile("[basic]\nak=MOVEDAK0000000000001\nsk=moved\n", path);
        _environment["HUAWEICLOUD_SDK_CREDENTIALS_FILE"] = path;

        Assert.Equal("AK MOVE…0001", Ambient.Find()!.Credential.Identity);
    }

    [Fact]
    public void A_missing_profile_names_the_sections_there_are()
    {
        WriteFile("[basic]\nak=A\nsk=B\n[dev]\nak=C\nsk=D\n");

        var failure = Assert.Throws<HwCloudException>(() => Ambient.Find("prod"));

        Assert.Equal("ProfileNotFound", failure.ErrorId);
        Assert.EndsWith("has no [prod] section. Sections: basic, dev.", failure.Message);
    }

    [Fact]
    public void Nothing_anywhere_is_null_so_the_caller_can_explain()
    {
        Assert.Null(Ambient.Find());
    }

    [Fact]
    public void Credentials_never_show_their_secrets()
    {
        _environment["HUAWEICLOUD_SDK_AK"] = "ENVAK000000000000001";
        _environment["HUAWEICLOUD_SDK_SK"] = "SECRET-SK-VALUE";
        _environment["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = "SECRET-TOKEN-VALUE";

        var credential = Ambient.Find()!.Credential;
        var context = new HwCloudContext(credential, "test", "cn-north-4");

        var shown = string.Join("|", credential.ToString(), context.ToString(), credential.Identity,
            string.Join("|", typeof(HwCloudContext).GetProperties().Select(p => p.GetValue(context)?.ToString())));
        Assert.DoesNotContain("SECRET", shown);
        Assert.DoesNotContain("ENVAK000000000000001", shown);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
