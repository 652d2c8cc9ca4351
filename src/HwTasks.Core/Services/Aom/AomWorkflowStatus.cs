using System.Runtime.Serialization;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>
    /// How a workflow's last execution went (wire: success, fail, executing, cancel, canceling,
    /// waitExecute, waitApproval, approvalFailed, pausing, not_executed). A value not listed here reads
    /// as Unknown; the workflow's StatusText keeps what the service sent.
    /// </summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum AomWorkflowStatus : long
    {
        Unknown,
        NotExecuted,
        [EnumMember(Value = "waitExecute")]
        WaitingToExecute,
        [EnumMember(Value = "waitApproval")]
        WaitingForApproval,
        ApprovalFailed,
        Executing,
        Pausing,
        [EnumMember(Value = "canceling")]
        Cancelling,
        [EnumMember(Value = "cancel")]
        Cancelled,
        Success,
        [EnumMember(Value = "fail")]
        Failed,
    }
}
