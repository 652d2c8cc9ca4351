using System.Globalization;
using System.Management.Automation.Host;

namespace HwTasks.Demo;

/// <summary>Just enough of a PowerShell host for Out-Default to render format views and for progress to show.</summary>
internal sealed class ConsoleHost : PSHost
{
    private readonly Guid _id = Guid.NewGuid();
    private readonly ConsoleUserInterface _ui;

    /// <param name="output">Where everything goes: the console, or a StringWriter in tests.</param>
    public ConsoleHost(TextWriter? output = null) => _ui = new ConsoleUserInterface(output ?? Console.Out);

    public override string Name => "HwTasks.Demo";
    public override Version Version => new(1, 0);
    public override Guid InstanceId => _id;
    public override PSHostUserInterface UI => _ui;
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public int ExitCode { get; private set; }

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;
    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
}
