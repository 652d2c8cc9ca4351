using System.Runtime.Serialization;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>Whether a workflow's timed trigger runs; the wire says "enable" / "disable".</summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum AomTriggerState : long
    {
        Unknown,
        [EnumMember(Value = "enable")]
        Enabled,
        [EnumMember(Value = "disable")]
        Disabled,
    }
}
