namespace HwTasks.Core.Services.Cdm
{
    /// <summary>CDM job and submission states (wire: NEW, BOOTING, FAILURE_ON_SUBMIT, RUNNING, SUCCEEDED, FAILED, NEVER_EXECUTED, UNKNOWN).</summary>
    public enum CdmJobStatus
    {
        Unknown,
        New,
        Booting,
        FailureOnSubmit,
        Running,
        Succeeded,
        Failed,
        NeverExecuted,
    }
}
