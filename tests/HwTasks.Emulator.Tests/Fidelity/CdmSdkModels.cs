namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The CDM response models of the official Python SDK, huaweicloudsdkcdm v1, as written down from
/// huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-cdm/huaweicloudsdkcdm/v1/model/*.py: each field under its attribute_map name with
/// its openapi_types type. The Go SDK (huaweicloud-sdk-go-v3, services/cdm/v1/model) has the same
/// fields and types.
/// </summary>
internal static class CdmSdkModels
{
    // start_job_submission.py
    public static readonly SdkModel StartJobSubmission = new("StartJobSubmission", new Dictionary<string, SdkType>
    {
        ["isIncrementing"] = SdkType.Bool,
        ["delete_rows"] = SdkType.Int,
        ["update_rows"] = SdkType.Int,
        ["write_rows"] = SdkType.Int,
        ["submission-id"] = SdkType.Int,
        ["job-name"] = SdkType.Str,
        ["creation-user"] = SdkType.Str,
        ["creation-date"] = SdkType.Int,
        ["execute-date"] = SdkType.Int,
        ["progress"] = SdkType.Float,
        ["status"] = SdkType.Str,
        ["isStopingIncrement"] = SdkType.Str,
        ["is-execute-auto"] = SdkType.Bool,
        ["last-update-date"] = SdkType.Int,
        ["last-update-user"] = SdkType.Str,
        ["isDeleteJob"] = SdkType.Bool,
    });

    // start_job_response.py
    public static readonly SdkModel StartJobResponse = new("StartJobResponse", new Dictionary<string, SdkType>
    {
        ["submissions"] = SdkType.ListOf(StartJobSubmission),
    });

    // counter.py
    public static readonly SdkModel Counter = new("Counter", new Dictionary<string, SdkType>
    {
        ["BYTES_WRITTEN"] = SdkType.Int,
        ["TOTAL_FILES"] = SdkType.Int,
        ["ROWS_READ"] = SdkType.Int,
        ["BYTES_READ"] = SdkType.Int,
        ["ROWS_WRITTEN"] = SdkType.Int,
        ["FILES_WRITTEN"] = SdkType.Int,
        ["FILES_READ"] = SdkType.Int,
        ["TOTAL_SIZE"] = SdkType.Int,
        ["FILES_SKIPPED"] = SdkType.Int,
        ["ROWS_WRITTEN_SKIPPED"] = SdkType.Int,
    });

    // counters.py
    public static readonly SdkModel Counters = new("Counters", new Dictionary<string, SdkType>
    {
        ["org.apache.sqoop.submission.counter.SqoopCounters"] = Counter,
    });

    // submission.py
    public static readonly SdkModel Submission = new("Submission", new Dictionary<string, SdkType>
    {
        ["isIncrementing"] = SdkType.Bool,
        ["job-name"] = SdkType.Str,
        ["counters"] = Counters,
        ["isStopingIncrement"] = SdkType.Str,
        ["is-execute-auto"] = SdkType.Bool,
        ["last-update-date"] = SdkType.Int,
        ["last-update-user"] = SdkType.Str,
        ["isDeleteJob"] = SdkType.Bool,
        ["creation-user"] = SdkType.Str,
        ["creation-date"] = SdkType.Int,
        ["external-id"] = SdkType.Str,
        ["progress"] = SdkType.Float,
        ["submission-id"] = SdkType.Int,
        ["delete_rows"] = SdkType.Int,
        ["update_rows"] = SdkType.Int,
        ["write_rows"] = SdkType.Int,
        ["execute-date"] = SdkType.Int,
        ["status"] = SdkType.Str,
        ["error-details"] = SdkType.Str,
        ["error-summary"] = SdkType.Str,
    });

    // show_job_status_response.py
    public static readonly SdkModel ShowJobStatusResponse = new("ShowJobStatusResponse", new Dictionary<string, SdkType>
    {
        ["submissions"] = SdkType.ListOf(Submission),
    });

    // job_validation_result.py
    public static readonly SdkModel JobValidationResult = new("JobValidationResult", new Dictionary<string, SdkType>
    {
        ["message"] = SdkType.Str,
        ["status"] = SdkType.Str,
    });

    // stop_job_response.py
    public static readonly SdkModel StopJobResponse = new("StopJobResponse", new Dictionary<string, SdkType>
    {
        ["validation-result"] = SdkType.ListOf(JobValidationResult),
    });

    // job.py. The three *-config-values are ConfigValues models, which the emulator does not send:
    // their inside is left unchecked ("object").
    public static readonly SdkModel Job = new("Job", new Dictionary<string, SdkType>
    {
        ["job_type"] = SdkType.Str,
        ["from-connector-name"] = SdkType.Str,
        ["to-config-values"] = SdkType.Object,
        ["to-link-name"] = SdkType.Str,
        ["driver-config-values"] = SdkType.Object,
        ["from-config-values"] = SdkType.Object,
        ["to-connector-name"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["from-link-name"] = SdkType.Str,
        ["creation-user"] = SdkType.Str,
        ["creation-date"] = SdkType.Int,
        ["update-date"] = SdkType.Int,
        ["is_incre_job"] = SdkType.Bool,
        ["flag"] = SdkType.Int,
        ["files_read"] = SdkType.Int,
        ["update-user"] = SdkType.Str,
        ["external_id"] = SdkType.Str,
        ["type"] = SdkType.Str,
        ["execute_start_date"] = SdkType.Int,
        ["delete_rows"] = SdkType.Int,
        ["enabled"] = SdkType.Bool,
        ["bytes_written"] = SdkType.Int,
        ["id"] = SdkType.Int,
        ["is_use_sql"] = SdkType.Bool,
        ["update_rows"] = SdkType.Int,
        ["group_name"] = SdkType.Str,
        ["bytes_read"] = SdkType.Int,
        ["execute_update_date"] = SdkType.Int,
        ["write_rows"] = SdkType.Int,
        ["rows_written"] = SdkType.Int,
        ["rows_read"] = SdkType.Int,
        ["files_written"] = SdkType.Int,
        ["is_incrementing"] = SdkType.Bool,
        ["execute_create_date"] = SdkType.Int,
        ["status"] = SdkType.Str,
    });

    // show_jobs_response.py
    public static readonly SdkModel ShowJobsResponse = new("ShowJobsResponse", new Dictionary<string, SdkType>
    {
        ["total"] = SdkType.Int,
        ["jobs"] = SdkType.ListOf(Job),
        ["page_no"] = SdkType.Int,
        ["page_size"] = SdkType.Int,
    });
}
