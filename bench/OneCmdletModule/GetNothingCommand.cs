using System.Management.Automation;

namespace OneCmdletModule
{
    /// <summary>The least a binary module can be.</summary>
    [Cmdlet(VerbsCommon.Get, "Nothing")]
    public sealed class GetNothingCommand : Cmdlet
    {
    }
}
