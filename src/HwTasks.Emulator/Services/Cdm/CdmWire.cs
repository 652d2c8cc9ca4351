using System.Text.Json.Nodes;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>CDM's JSON: hyphenated, inconsistently cased field names, in the SDK models' types unless the seed API document shows otherwise (docs/EMULATOR.md, Fidelity).</summary>
internal static class CdmWire
{
    /// <summary>
    /// StartJob's submission as the seed API document shows it: creation-date as text (its sample)
    /// and the user under "last-udpate-user" (its table's spelling), where the SDK's
    /// StartJobSubmission has an int and "last-update-user".
    /// </summary>
    public static JsonObject Started(CdmJob job, CdmSubmission submission, CdmRun run)
    {
        var node = Run(job, submission, run);
        node["creation-date"] = EpochMillisecondsText.Of(submission.SubmittedAt);
        node["last-udpate-user"] = submission.User;
        return node;
    }

    /// <summary>
    /// ShowJobStatus's submission in the SDK's Submission types (no API document is seeded for it):
    /// creation-date a number, "last-update-user", the Hadoop-style counters and, when FAILED, the error.
    /// </summary>
    public static JsonObject Status(CdmJob job, CdmSubmission submission, CdmRun run)
    {
        var node = Run(job, submission, run);
        node["creation-date"] = submission.SubmittedAt.ToUnixTimeMilliseconds();
        node["last-update-user"] = submission.User;
        node["external-id"] = $"job_local{submission.Id}_0001";
        node["counters"] = new JsonObject
        {
            ["org.apache.sqoop.submission.counter.SqoopCounters"] = new JsonObject
            {
                ["ROWS_READ"] = run.RowsWritten,
                ["ROWS_WRITTEN"] = run.RowsWritten,
                ["ROWS_WRITTEN_SKIPPED"] = 0,
                ["BYTES_READ"] = run.RowsWritten * 128,
                ["BYTES_WRITTEN"] = run.RowsWritten * 128,
                ["TOTAL_FILES"] = 0,
                ["FILES_READ"] = 0,
                ["FILES_WRITTEN"] = 0,
                ["FILES_SKIPPED"] = 0,
                ["TOTAL_SIZE"] = run.RowsWritten * 128,
            },
        };
        if (run.Status == "FAILED")
        {
            node["error-summary"] = run.ErrorSummary;
            node["error-details"] = $"org.apache.sqoop.common.SqoopException: {run.ErrorSummary}\n\tat org.apache.sqoop.job.mr.SqoopMapper.run(SqoopMapper.java:108)";
        }
        return node;
    }

    /// <summary>A job that has never run: CDM answers with a NEVER_EXECUTED placeholder submission.</summary>
    public static JsonObject NeverExecuted(CdmJob job) => new()
    {
        ["job-name"] = job.Name,
        ["status"] = "NEVER_EXECUTED",
        ["progress"] = 0,
        ["creation-user"] = job.CreationUser,
        ["creation-date"] = job.CreationDate.ToUnixTimeMilliseconds(),
        ["isIncrementing"] = false,
        ["is-execute-auto"] = false,
        ["isDeleteJob"] = false,
    };

    // The SDK's Job carries its last run's times (execute_create_date, execute_start_date,
    // execute_update_date); a job that never ran has none.
    public static JsonObject Job(CdmJob job, CdmSubmission? submission, CdmRun? run) => new()
    {
        ["execute_create_date"] = submission?.SubmittedAt.ToUnixTimeMilliseconds(),
        ["execute_start_date"] = submission?.SubmittedAt.ToUnixTimeMilliseconds(),
        ["execute_update_date"] = run?.LastUpdate.ToUnixTimeMilliseconds(),
        ["name"] = job.Name,
        ["job_type"] = job.JobType,
        ["status"] = run?.Status ?? "NEW",
        ["creation-user"] = job.CreationUser,
        ["creation-date"] = job.CreationDate.ToUnixTimeMilliseconds(),
        ["update-date"] = job.UpdateDate.ToUnixTimeMilliseconds(),
        ["update-user"] = job.CreationUser,
        ["from-connector-name"] = job.FromConnector,
        ["to-connector-name"] = job.ToConnector,
        ["from-link-name"] = job.FromLink,
        ["to-link-name"] = job.ToLink,
        ["is_incre_job"] = false,
    };

    // What the two submission shapes share; they differ in creation-date's type and the user's field name.
    private static JsonObject Run(CdmJob job, CdmSubmission submission, CdmRun run) => new()
    {
        ["submission-id"] = submission.Id,
        ["job-name"] = job.Name,
        ["creation-user"] = submission.User,
        ["execute-date"] = submission.SubmittedAt.ToUnixTimeMilliseconds(),
        ["progress"] = run.Progress,
        ["status"] = run.Status,
        ["last-update-date"] = run.LastUpdate.ToUnixTimeMilliseconds(),
        ["isIncrementing"] = false,
        ["delete_rows"] = 0,
        ["update_rows"] = 0,
        ["write_rows"] = run.RowsWritten,
        ["isStopingIncrement"] = "",
        ["is-execute-auto"] = false,
        ["isDeleteJob"] = false,
    };

    public static JsonObject Error(string code, string message) => new()
    {
        ["errCode"] = code,
        ["externalMessage"] = message,
    };
}
