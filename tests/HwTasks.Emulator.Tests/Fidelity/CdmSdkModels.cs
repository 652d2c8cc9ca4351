namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The CDM response models of the official Python SDK, huaweicloudsdkcdm v1, as written down from
/// huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-cdm/huaweicloudsdkcdm/v1/model/*.py: each field under its attribute_map name with
/// its openapi_types type. The Go SDK (huaweicloud-sdk-go-v3, services/cdm/v1/model) has the same
/// fields and types (its FailedReasonsCREATEFAILED is called FailedReasonsCreateFailed).
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

    // ListClusters: the clusters and every model they nest, to the last field, though the emulator sends
    // only part of Clusters (no instances, task, actionProgress, failedReasons or customerConfig).

    // customer_config.py
    public static readonly SdkModel CustomerConfig = new("CustomerConfig", new Dictionary<string, SdkType>
    {
        ["failureRemind"] = SdkType.Str,
        ["clusterName"] = SdkType.Str,
        ["serviceProvider"] = SdkType.Str,
        ["localDisk"] = SdkType.Str,
        ["ssl"] = SdkType.Str,
        ["createFrom"] = SdkType.Str,
        ["resourceId"] = SdkType.Str,
        ["flavorType"] = SdkType.Str,
        ["workSpaceId"] = SdkType.Str,
        ["trial"] = SdkType.Str,
    });

    // datastore.py
    public static readonly SdkModel Datastore = new("Datastore", new Dictionary<string, SdkType>
    {
        ["type"] = SdkType.Str,
        ["version"] = SdkType.Str,
    });

    // cluster_links.py
    public static readonly SdkModel ClusterLinks = new("ClusterLinks", new Dictionary<string, SdkType>
    {
        ["rel"] = SdkType.Str,
        ["href"] = SdkType.Str,
    });

    // cluster_detail_instance_flavor.py
    public static readonly SdkModel ClusterDetailInstanceFlavor = new("ClusterDetailInstanceFlavor", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["links"] = SdkType.ListOf(ClusterLinks),
    });

    // cluster_detail_instance_volume.py
    public static readonly SdkModel ClusterDetailInstanceVolume = new("ClusterDetailInstanceVolume", new Dictionary<string, SdkType>
    {
        ["type"] = SdkType.Str,
        ["size"] = SdkType.Int,
    });

    // resource.py
    public static readonly SdkModel Resource = new("Resource", new Dictionary<string, SdkType>
    {
        ["resource_id"] = SdkType.Str,
        ["resource_type"] = SdkType.Str,
    });

    // cluster_detail_instance.py
    public static readonly SdkModel ClusterDetailInstance = new("ClusterDetailInstance", new Dictionary<string, SdkType>
    {
        ["flavor"] = ClusterDetailInstanceFlavor,
        ["volume"] = ClusterDetailInstanceVolume,
        ["status"] = SdkType.Str,
        ["actions"] = SdkType.ListOf(SdkType.Str),
        ["type"] = SdkType.Str,
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["isFrozen"] = SdkType.Str,
        ["components"] = SdkType.Str,
        ["config_status"] = SdkType.Str,
        ["role"] = SdkType.Str,
        ["group"] = SdkType.Str,
        ["links"] = SdkType.ListOf(ClusterLinks),
        ["paramsGroupId"] = SdkType.Str,
        ["publicIp"] = SdkType.Str,
        ["manageIp"] = SdkType.Str,
        ["trafficIp"] = SdkType.Str,
        ["shard_id"] = SdkType.Str,
        ["manage_fix_ip"] = SdkType.Str,
        ["private_ip"] = SdkType.Str,
        ["internal_ip"] = SdkType.Str,
        ["resource"] = SdkType.ListOf(Resource),
    });

    // cluster_task.py
    public static readonly SdkModel ClusterTask = new("ClusterTask", new Dictionary<string, SdkType>
    {
        ["description"] = SdkType.Str,
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
    });

    // action_progress.py
    public static readonly SdkModel ActionProgress = new("ActionProgress", new Dictionary<string, SdkType>
    {
        ["CREATING"] = SdkType.Str,
        ["GROWING"] = SdkType.Str,
        ["RESTORING"] = SdkType.Str,
        ["SNAPSHOTTING"] = SdkType.Str,
        ["REPAIRING"] = SdkType.Str,
    });

    // failed_reasons_createfailed.py
    public static readonly SdkModel FailedReasonsCREATEFAILED = new("FailedReasonsCREATEFAILED", new Dictionary<string, SdkType>
    {
        ["errorCode"] = SdkType.Str,
        ["errorMsg"] = SdkType.Str,
    });

    // failed_reasons.py
    public static readonly SdkModel FailedReasons = new("FailedReasons", new Dictionary<string, SdkType>
    {
        ["CREATE_FAILED"] = FailedReasonsCREATEFAILED,
    });

    // clusters.py
    public static readonly SdkModel Clusters = new("Clusters", new Dictionary<string, SdkType>
    {
        ["customerConfig"] = CustomerConfig,
        ["datastore"] = Datastore,
        ["instances"] = SdkType.ListOf(ClusterDetailInstance),
        ["azName"] = SdkType.Str,
        ["dbuser"] = SdkType.Str,
        ["flavorName"] = SdkType.Str,
        ["recentEvent"] = SdkType.Int,
        ["isAutoOff"] = SdkType.Bool,
        ["isScheduleBootOff"] = SdkType.Bool,
        ["clusterMode"] = SdkType.Str,
        ["namespace"] = SdkType.Str,
        ["task"] = ClusterTask,
        ["publicEndpoint"] = SdkType.Str,
        ["actionProgress"] = ActionProgress,
        ["created"] = SdkType.Str,
        ["bakExpectedStartTime"] = SdkType.Str,
        ["bakKeepDay"] = SdkType.Int,
        ["name"] = SdkType.Str,
        ["statusDetail"] = SdkType.Str,
        ["id"] = SdkType.Str,
        ["isFrozen"] = SdkType.Str,
        ["updated"] = SdkType.Str,
        ["status"] = SdkType.Str,
        ["failedReasons"] = FailedReasons,
    });

    // list_clusters_response.py
    public static readonly SdkModel ListClustersResponse = new("ListClustersResponse", new Dictionary<string, SdkType>
    {
        ["clusters"] = SdkType.ListOf(Clusters),
    });
}
