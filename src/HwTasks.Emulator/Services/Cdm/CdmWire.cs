using System.Globalization;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>CDM's JSON: hyphenated, inconsistently cased field names, exactly as the service sends them.</summary>
internal static class CdmWire
{
    public static JsonObject Submission(CdmJob job, CdmSubmission submission, CdmRun run) => new()
    {
        ["submission-id"] = submission.Id,
        ["job-name"] = job.Name,
        ["creation-user"] = submission.User,
        // A string in the service's own sample; clients must accept numbers-as-strings.
        ["creation-date"] = submission.SubmittedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["execute-date"] = submission.SubmittedAt.ToUnixTimeMilliseconds(),
        ["progress"] = run.Progress,
        ["status"] = run.Status,
        ["last-update-date"] = run.LastUpdate.ToUnixTimeMilliseconds(),
        ["last-udpate-user"] = submission.User,
        ["isIncrementing"] = false,
        ["delete_rows"] = 0,
        ["update_rows"] = 0,
        ["write_rows"] = run.RowsWritten,
        ["isStopingIncrement"] = "",
        ["is-execute-auto"] = false,
        ["isDeleteJob"] = false,
    };

    /// <summary>ShowJobStatus adds the Hadoop-style counters and, when FAILED, the error.</summary>
    public static JsonObject Status(CdmJob job, CdmSubmission submission, CdmRun run)
    {
        var node = Submission(job, submission, run);
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
        ["creation-date"] = job.CreationDate.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["isIncrementing"] = false,
        ["is-execute-auto"] = false,
        ["isDeleteJob"] = false,
    };

    public static JsonObject Job(CdmJob job, CdmRun? run) => new()
    {
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
        ["last-submission-id"] = job.LastSubmission?.Id,
        ["last-update-date"] = (run?.LastUpdate ?? job.UpdateDate).ToUnixTimeMilliseconds(),
    };

    public static JsonObject Error(string code, string message) => new()
    {
        ["errCode"] = code,
        ["externalMessage"] = message,
    };
}
