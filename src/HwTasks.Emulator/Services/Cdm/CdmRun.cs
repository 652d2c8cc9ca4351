namespace HwTasks.Emulator.Services.Cdm;

/// <summary>
/// Where a submission is at a given instant. Computed from the clock on every read rather than
/// by timers, so a manual clock moves jobs exactly and nothing runs in the background.
/// BOOTING for the boot time, RUNNING with progress rising to 100, then SUCCEEDED, or FAILED
/// (progress -1) for jobs seeded to fail or stopped by the user.
/// </summary>
internal sealed record CdmRun(string Status, double Progress, DateTimeOffset LastUpdate, long RowsWritten, string? ErrorSummary)
{
    public const string StoppedSummary = "Job was stopped by user.";

    public bool IsActive => Status is "BOOTING" or "RUNNING";

    public static CdmRun At(CdmJob job, CdmSubmission submission, DateTimeOffset now)
    {
        var end = submission.SubmittedAt + job.BootTime + job.RunTime;
        var stoppedEarly = submission.StoppedAt is { } stop && stop < end;
        var observed = stoppedEarly ? submission.StoppedAt!.Value : now;
        var elapsed = observed - submission.SubmittedAt;

        if (stoppedEarly)
            return new CdmRun("FAILED", -1, observed, RowsAt(job, elapsed), StoppedSummary);
        if (elapsed < job.BootTime)
            return new CdmRun("BOOTING", 0, submission.SubmittedAt, 0, null);
        if (now < end)
        {
            var progress = job.RunTime <= TimeSpan.Zero ? 100 : Math.Round(100 * (elapsed - job.BootTime) / job.RunTime, 1);
            return new CdmRun("RUNNING", progress, now, RowsAt(job, elapsed), null);
        }
        return submission.FailWith is null
            ? new CdmRun("SUCCEEDED", 100, end, job.Rows, null)
            : new CdmRun("FAILED", -1, end, RowsAt(job, (job.BootTime + job.RunTime) / 2), submission.FailWith);
    }

    private static long RowsAt(CdmJob job, TimeSpan elapsed)
    {
        if (elapsed <= job.BootTime || job.RunTime <= TimeSpan.Zero) return 0;
        var fraction = Math.Min(1, (elapsed - job.BootTime) / job.RunTime);
        return (long)(job.Rows * fraction);
    }
}
