using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace HwTasks.Testing.Internal
{
    /// <summary>
    /// Runs another module's command in the caller's runspace, from the pipeline thread, as if the
    /// script had called it: HwTasks builds the contexts (one way, its own), PowerShell converts
    /// objects to JSON. Names are module-qualified, so a user's function of the same name is not run.
    /// </summary>
    internal static class CurrentRunspace
    {
        /// <returns>The command's only output object, unwrapped.</returns>
        /// <exception cref="RuntimeException">The command failed; the message is its error's.</exception>
        public static object Invoke(string qualifiedName, IDictionary parameters)
        {
            using var ps = PowerShell.Create(RunspaceMode.CurrentRunspace);
            ps.AddCommand(qualifiedName).AddParameters(parameters);
            var output = ps.Invoke();
            if (ps.Streams.Error.Count > 0) throw new RuntimeException(ps.Streams.Error[0].ToString(), ps.Streams.Error[0].Exception);
            if (output.Count != 1) throw new RuntimeException(qualifiedName + " wrote " + output.Count + " objects instead of one.");
            return output.Single().BaseObject;
        }
    }
}
