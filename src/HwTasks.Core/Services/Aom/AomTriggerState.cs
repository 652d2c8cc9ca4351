using System.Runtime.Serialization;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>Whether a workflow's timed trigger runs; the wire says "enable" / "disable".</summary>
    public enum AomTriggerState
    {
        Unknown,
        [EnumMember(Value = "enable")]
        Enabled,
        [EnumMember(Value = "disable")]
        Disabled,
    }
}
