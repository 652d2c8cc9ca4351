namespace HwTasks.Core.Services.Cdm
{
    /// <summary>CDM job and submission states (wire: NEW, BOOTING, FAILURE_ON_SUBMIT, RUNNING, SUCCEEDED, FAILED, NEVER_EXECUTED, UNKNOWN).</summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum CdmJobStatus : long
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
