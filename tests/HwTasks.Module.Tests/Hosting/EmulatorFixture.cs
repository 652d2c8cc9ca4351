using System.Security;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>One emulator (in process, see TestEmulator) and one PowerShell session (module imported, connected) per test collection.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public TestEmulator Emulator { get; private set; } = null!;
    public PowerShellSession Session { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await TestEmulator.StartAsync();
        Session = new PowerShellSession();
        Session.Set("EmulatorUrl", Emulator.Url);
        Session.Set("EmulatorSecretKey", Secure(EmulatorDefaults.SecretKey));
        Connect();
    }

    /// <summary>
    /// Makes the emulator's permanent AK/SK the session default, as a user's script would. The
    /// project id is given so that request logs hold only the calls a test makes (the IAM lookup
    /// is tested on its own).
    /// </summary>
    public void Connect() =>
        Session.Run("Connect-HwCloud -EndpointUrl $EmulatorUrl -Region cn-north-4 -ProjectId $args[1] -AccessKey $args[0] -SecretKey $EmulatorSecretKey | Out-Null",
            EmulatorDefaults.AccessKey, EmulatorDefaults.ProjectCnNorth4).ThrowIfFailed();

    /// <summary>Fresh emulator state and an empty request log.</summary>
    public async Task ResetAsync()
    {
        await Emulator.ResetAsync();
        Connect();
    }

    // The framework's own conversion: this project loads HwTasks.Core only through the module.
    public static SecureString Secure(string value) => new System.Net.NetworkCredential(string.Empty, value).SecurePassword;

    public async Task DisposeAsync()
    {
        Session.Dispose();
        await Emulator.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "Emulator";
}
