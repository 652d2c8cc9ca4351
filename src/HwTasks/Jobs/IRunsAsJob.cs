using System.Management.Automation;

namespace HwTasks.Jobs
{
    /// <summary>A long-running command that takes -AsJob (see <see cref="JobLauncher"/>).</summary>
    internal interface IRunsAsJob
    {
        SwitchParameter AsJob { get; }
    }
}
