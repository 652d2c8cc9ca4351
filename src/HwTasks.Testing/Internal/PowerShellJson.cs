using System.Collections;

namespace HwTasks.Testing.Internal
{
    /// <summary>PowerShell's own conversion of hashtables and PSCustomObjects to JSON, at any nesting a test writes.</summary>
    internal static class PowerShellJson
    {
        // ConvertTo-Json's maximum; the default (2) would cut a seed's jobs off at the clusters.
        private const int Depth = 100;

        public static string From(object value) =>
            (string)CurrentRunspace.Invoke("Microsoft.PowerShell.Utility\\ConvertTo-Json",
                new Hashtable { ["InputObject"] = value, ["Depth"] = Depth, ["Compress"] = true });
    }
}
