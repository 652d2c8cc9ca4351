using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>The CDM clusters of one project. One lock: operations are short and must not interleave.</summary>
internal sealed partial class CdmStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, CdmCluster> _clusters = new(StringComparer.Ordinal);
    private readonly EmulatorClock _clock;
    private long _nextSubmissionId = 1;

    public CdmStore(EmulatorClock clock, CdmSeed? seed)
    {
        _clock = clock;
        var now = clock.UtcNow;
        foreach (var clusterSeed in seed?.Clusters ?? new())
        {
            var cluster = new CdmCluster
            {
                Id = clusterSeed.Id, Name = clusterSeed.Name, Status = clusterSeed.Status, StatusDetail = clusterSeed.StatusDetail,
                FlavorName = clusterSeed.FlavorName, Created = now - TimeSpan.FromHours(clusterSeed.CreatedHoursAgo),
            };
            foreach (var jobSeed in clusterSeed.Jobs)
            {
                var created = now - TimeSpan.FromHours(jobSeed.CreatedHoursAgo);
                var job = new CdmJob
                {
                    Name = jobSeed.Name,
                    JobType = jobSeed.JobType,
                    FromConnector = jobSeed.FromConnector,
                    ToConnector = jobSeed.ToConnector,
                    FromLink = jobSeed.FromLink,
                    ToLink = jobSeed.ToLink,
                    CreationUser = jobSeed.CreationUser,
                    CreationDate = created,
                    UpdateDate = created,
                    BootTime = TimeSpan.FromSeconds(jobSeed.BootSeconds),
                    RunTime = TimeSpan.FromSeconds(jobSeed.RunSeconds),
                    FailWith = jobSeed.FailWith,
                    Rows = jobSeed.Rows,
                    DefaultVariables = new Dictionary<string, string>(jobSeed.Variables),
                };
                if (jobSeed.LastRunHoursAgo is { } ago)
                    job.LastSubmission = NewSubmission(now - TimeSpan.FromHours(ago), jobSeed.CreationUser, job.DefaultVariables, jobSeed.LastRunFailWith ?? job.FailWith);
                cluster.Jobs[job.Name] = job;
            }
            _clusters[cluster.Id] = cluster;
        }
    }

    public Outcome Start(string clusterId, string jobName, IReadOnlyDictionary<string, string> variables, string user)
    {
        lock (_gate)
        {
            if (Find(clusterId, jobName, out var job) is { } missing) return missing;
            var now = _clock.UtcNow;
            if (job!.LastSubmission is { } last && CdmRun.At(job, last, now).IsActive)
                return Error(StatusCodes.Status400BadRequest, "Cdm.0031", $"Job[{jobName}] is running, it can't be started again.");

            var merged = new Dictionary<string, string>(job.DefaultVariables);
            foreach (var (name, value) in variables) merged[name] = value;
            var submission = NewSubmission(now, user, merged, job.FailWith);
            job.LastSubmission = submission;
            job.UpdateDate = now;
            return Outcome.Ok(new JsonObject
            {
                ["submissions"] = new JsonArray(CdmWire.Started(job, submission, CdmRun.At(job, submission, now))),
            });
        }
    }

    /// <summary>
    /// Stopping ends the run as FAILED with "Job was stopped by user." (CDM has no STOPPED
    /// submission status). Stopping a job that is not running is not an error; CDM says so in a WARNING.
    /// </summary>
    public Outcome Stop(string clusterId, string jobName)
    {
        lock (_gate)
        {
            if (Find(clusterId, jobName, out var job) is { } missing) return missing;
            var now = _clock.UtcNow;
            var results = new JsonArray();
            if (job!.LastSubmission is { } last && CdmRun.At(job, last, now).IsActive)
            {
                last.StoppedAt = now;
                job.UpdateDate = now;
            }
            else
            {
                results.Add(new JsonObject { ["message"] = $"Job[{jobName}] is not running.", ["status"] = "WARNING" });
            }
            return Outcome.Ok(new JsonObject { ["validation-result"] = results });
        }
    }

    public Outcome Status(string clusterId, string jobName)
    {
        lock (_gate)
        {
            if (Find(clusterId, jobName, out var job) is { } missing) return missing;
            var submission = job!.LastSubmission is { } last
                ? CdmWire.Status(job, last, CdmRun.At(job, last, _clock.UtcNow))
                : CdmWire.NeverExecuted(job);
            return Outcome.Ok(new JsonObject { ["submissions"] = new JsonArray(submission) });
        }
    }

    /// <summary>ShowJobs: one job by name, or every job when the name is "all" (page_no is 1-based).</summary>
    public Outcome Jobs(string clusterId, string jobName, int pageNo, int pageSize)
    {
        lock (_gate)
        {
            if (!_clusters.TryGetValue(clusterId, out var cluster))
                return Error(StatusCodes.Status404NotFound, "Cdm.0002", $"Cluster[{clusterId}] doesn't exist.");
            IEnumerable<CdmJob> jobs;
            if (jobName == "all")
                jobs = cluster.Jobs.Values.OrderBy(j => j.Name, StringComparer.Ordinal);
            else if (cluster.Jobs.TryGetValue(jobName, out var one))
                jobs = new[] { one };
            else
                return JobMissing(jobName);

            var all = jobs.ToList();
            var now = _clock.UtcNow;
            var page = all.Skip((pageNo - 1) * pageSize).Take(pageSize)
                .Select(j => (JsonNode)CdmWire.Job(j, j.LastSubmission, j.LastSubmission is { } s ? CdmRun.At(j, s, now) : null));
            return Outcome.Ok(new JsonObject
            {
                ["total"] = all.Count,
                ["page_no"] = pageNo,
                ["page_size"] = pageSize,
                ["jobs"] = new JsonArray(page.ToArray()),
            });
        }
    }

    private CdmSubmission NewSubmission(DateTimeOffset at, string user, IReadOnlyDictionary<string, string> variables, string? failWith) =>
        new() { Id = _nextSubmissionId++, SubmittedAt = at, User = user, Variables = variables, FailWith = failWith };

    private Outcome? Find(string clusterId, string jobName, out CdmJob? job)
    {
        job = null;
        if (!_clusters.TryGetValue(clusterId, out var cluster))
            return Error(StatusCodes.Status404NotFound, "Cdm.0002", $"Cluster[{clusterId}] doesn't exist.");
        return cluster.Jobs.TryGetValue(jobName, out job) ? null : JobMissing(jobName);
    }

    private static Outcome JobMissing(string jobName) =>
        Error(StatusCodes.Status404NotFound, "Cdm.0100", $"Job[{jobName}] doesn't exist.");

    public static Outcome Error(int status, string code, string message) => new(status, CdmWire.Error(code, message));
}
