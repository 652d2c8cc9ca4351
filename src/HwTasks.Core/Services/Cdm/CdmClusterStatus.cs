using System.Runtime.Serialization;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>
    /// A CDM cluster's state. The wire sends a code ("200"); each member is the meaning the SDK's model
    /// Clusters.status gives its code, so a code this version does not know reads as Unknown and the
    /// cluster's StatusText keeps it.
    /// </summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum CdmClusterStatus : long
    {
        Unknown,
        [EnumMember(Value = "100")]
        Creating,
        [EnumMember(Value = "200")]
        Normal,
        [EnumMember(Value = "300")]
        Failed,
        [EnumMember(Value = "303")]
        CreationFailed,
        [EnumMember(Value = "500")]
        Restarting,
        [EnumMember(Value = "800")]
        Frozen,
        [EnumMember(Value = "900")]
        ShutDown,
        [EnumMember(Value = "910")]
        ShuttingDown,
        [EnumMember(Value = "920")]
        Starting,
    }
}
