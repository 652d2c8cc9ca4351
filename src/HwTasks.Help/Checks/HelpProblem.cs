namespace HwTasks.Help.Checks;

/// <summary>One documentation gap. Printed in MSBuild's error format so the build lists it against the file.</summary>
public sealed record HelpProblem(string Source, string Message)
{
    public override string ToString() => Source + ": error HWHELP: " + Message;
}
