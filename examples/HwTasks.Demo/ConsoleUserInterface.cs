using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace HwTasks.Demo;

/// <summary>Writes every stream to the console; progress as one line per change; never prompts.</summary>
internal sealed class ConsoleUserInterface : PSHostUserInterface
{
    private readonly ConsoleRawUserInterface _raw = new();
    private readonly Dictionary<long, string> _lastProgress = new();
    private readonly TextWriter _output;
    private readonly bool _plain;

    public ConsoleUserInterface(TextWriter output)
    {
        _output = output;
        _plain = !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected;
    }

    public override PSHostRawUserInterface RawUI => _raw;

    // Format views colour their headers with VT sequences; logs and files want plain text.
    private static readonly Regex Escape = new("\x1b\\[[0-9;]*m", RegexOptions.Compiled);

    private string Plain(string value) => _plain ? Escape.Replace(value, string.Empty) : value;

    public override void Write(string value) => _output.Write(Plain(value));
    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _output.Write(Plain(value));
    public override void WriteLine(string value) => _output.WriteLine(Plain(value));
    public override void WriteErrorLine(string value) => _output.WriteLine(Plain(value));
    public override void WriteDebugLine(string message) => _output.WriteLine("DEBUG: " + message);
    public override void WriteVerboseLine(string message) => _output.WriteLine("VERBOSE: " + message);
    public override void WriteWarningLine(string message) => _output.WriteLine("WARNING: " + message);

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
        var line = record.RecordType == ProgressRecordType.Completed
            ? "  [done] " + record.Activity
            : "  [" + Bar(record.PercentComplete) + "] " + record.Activity + ": " + record.StatusDescription;
        if (_lastProgress.TryGetValue(record.ActivityId, out var last) && last == line) return;
        _lastProgress[record.ActivityId] = line;
        _output.WriteLine(line);
    }

    private static string Bar(int percent)
    {
        if (percent < 0) return "  ...   ";
        var filled = Math.Clamp(percent, 0, 100) / 10;
        return new string('#', filled) + new string('.', 10 - filled) + " " + percent.ToString().PadLeft(3) + "%";
    }

    public override string ReadLine() => throw new NotSupportedException("The demo does not prompt.");
    public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The demo does not prompt.");
    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
        throw new NotSupportedException("The demo does not prompt.");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
        throw new NotSupportedException("The demo does not prompt.");
    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException("The demo does not prompt.");
    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => defaultChoice;
}
