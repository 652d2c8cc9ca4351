using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

[Collection(EmulatorCollection.Name)]
public sealed class ConnectHwCloudTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public ConnectHwCloudTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => _fixture.ResetAsync();

    private const string StatusCall = "Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/status'";

    [Fact]
    public void Connect_returns_a_context_that_shows_no_secret()
    {
        var run = _fixture.Session.Run("Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -AccessKey $args[0] -SecretKey $EmulatorSecretKey",
            EmulatorProcess.AccessKey).ThrowIfFailed();

        var context = Assert.Single(run.Output);
        Assert.Equal("HwTasks.Core.HwCloudContext", context.BaseObject.GetType().FullName);
        Assert.Equal("AccessKey", context.Properties["AuthenticationType"].Value.ToString());
        Assert.Equal("AK EMUL…0001", context.Properties["Identity"].Value);
        Assert.Equal("cn-north-4", context.Properties["Region"].Value);
        Assert.Equal("the -AccessKey and -SecretKey parameters", context.Properties["CredentialSource"].Value);
        var everything = string.Join("|", context.Properties.Select(p => p.Name + "=" + p.Value)) + context;
        Assert.DoesNotContain(EmulatorProcess.SecretKey, everything);
        Assert.DoesNotContain(EmulatorProcess.AccessKey, everything);
    }

    [Fact]
    public async Task Debug_and_Verbose_say_where_credentials_came_from_but_never_a_secret()
    {
        var run = _fixture.Session.Run(StatusCall + " -Debug -Verbose").ThrowIfFailed();

        var text = run.AllText();
        Assert.Contains("Credentials: AccessKey AK EMUL…0001 from the -AccessKey and -SecretKey parameters (context from the session default set by Connect-HwCloud).", run.Debug);
        Assert.Contains("Region: cn-north-4 from the session default set by Connect-HwCloud.", run.Debug);
        Assert.Contains("  Authorization: REDACTED", run.Debug);
        Assert.Contains(run.Verbose, v => v.StartsWith("CDM request: GET " + _fixture.Emulator.Url + "/v1.1/", StringComparison.Ordinal) && v.Contains("-> 200 OK"));
        Assert.DoesNotContain(EmulatorProcess.SecretKey, text);
        Assert.DoesNotContain(EmulatorProcess.AccessKey, text);
        Assert.DoesNotContain("Signature=", text);
        Assert.DoesNotContain(EmulatorProcess.SecretKey, await _fixture.Emulator.RequestLogTextAsync());
    }

    [Fact]
    public async Task Temporary_credentials_sign_their_security_token()
    {
        _fixture.Session.Set("TmpSecret", EmulatorFixture.Secure(EmulatorProcess.TemporarySecretKey));
        _fixture.Session.Set("TmpToken", EmulatorFixture.Secure(EmulatorProcess.SecurityToken));

        var run = _fixture.Session.Run("Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -AccessKey $args[0] -SecretKey $TmpSecret -SecurityToken $TmpToken | Out-Null; " +
                                       StatusCall + " -Debug", EmulatorProcess.TemporaryAccessKey).ThrowIfFailed();

        Assert.Contains("  X-Security-Token: REDACTED", run.Debug);
        Assert.DoesNotContain(EmulatorProcess.SecurityToken, run.AllText());
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(200, logged.Status);
        Assert.Equal("REDACTED", logged.Header("X-Security-Token"));
    }

    [Fact]
    public async Task A_password_login_gets_a_token_once_and_resolves_the_project_from_it()
    {
        _fixture.Session.Set("Pw", EmulatorFixture.Secure(EmulatorProcess.Password));

        var run = _fixture.Session.Run("Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo -Password $Pw | Out-Null; " +
                                       StatusCall + "; " + StatusCall + " -Debug -Verbose").ThrowIfFailed();

        Assert.Equal(2, run.Output.Count);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[] { "POST /v3/auth/tokens", "GET", "GET" }, logged.Select(l => l.Path == "/v3/auth/tokens" ? l.Method + " " + l.Path : l.Method));
        Assert.Equal("{\"auth\":{\"identity\":{\"methods\":[\"REDACTED\"],\"password\":{\"user\":{\"domain\":{\"name\":\"REDACTED\"},\"name\":\"REDACTED\",\"password\":\"REDACTED\"}}},\"scope\":{\"project\":{\"name\":\"REDACTED\"}}}}",
            logged[0].Body);
        Assert.All(logged.Skip(1), l => Assert.Equal("REDACTED", l.Header("X-Auth-Token")));
        Assert.Contains("Project id: from the scope of the IAM token.", run.Debug);
        Assert.DoesNotContain(EmulatorProcess.Password, run.AllText());
    }

    [Fact]
    public void A_wrong_password_is_an_authentication_error_naming_the_request()
    {
        _fixture.Session.Set("BadPw", EmulatorFixture.Secure("not-the-password"));

        var run = _fixture.Session.Run("Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo -Password $BadPw | Out-Null; " + StatusCall);

        var error = Assert.Single(run.Errors);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.StartsWith("AuthenticationFailed,", error.FullyQualifiedErrorId);
        Assert.Matches(@"IAM KeystoneCreateUserTokenByPassword failed: HTTP 401 Unauthorized, 401: The username or password is wrong\. \(request id [0-9a-f]{32}\)", error.Exception.Message);
        Assert.DoesNotContain("not-the-password", run.AllText());
    }

    [Fact]
    public void A_context_passed_with_Context_wins_over_the_session_default()
    {
        _fixture.Session.Set("OtherSecret", EmulatorFixture.Secure("OtherAccountSecretKey0000000000000000001"));

        var run = _fixture.Session.Run("$other = New-HwCloudContext -EndpointUrl $EmulatorUrl -Region cn-north-4 -AccessKey OTHERACCOUNTAK000001 -SecretKey $OtherSecret; " +
                                       "Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/0123456789abcdef0123456789abcdef/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/status' -Context $other");

        var error = Assert.Single(run.Errors);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.StartsWith("PermissionDenied,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Without_credentials_a_call_stops_with_what_to_do()
    {
        using var bare = new PowerShellSession();

        var run = bare.Run("Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters' -Region cn-north-4");

        var error = Assert.Single(run.Errors);
        Assert.Equal("NoCredentials,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.StartsWith("No Huawei Cloud credentials were found. Run Connect-HwCloud (with -AccessKey and -SecretKey", error.Exception.Message);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Disconnect_clears_the_session_default()
    {
        var run = _fixture.Session.Run("Disconnect-HwCloud; @(Get-HwCloudContext).Count").ThrowIfFailed();

        Assert.Equal(0, Assert.Single(run.Output).BaseObject);
    }
}
