namespace HwTasks.Emulator.Services.Oms;

/// <summary>OMS's section of a seed document: sync tasks.</summary>
public sealed class OmsSeed
{
    public List<OmsSyncTaskSeed> SyncTasks { get; set; } = new();
}

public sealed class OmsSyncTaskSeed
{
    public string Id { get; set; } = "";
    public string SrcCloudType { get; set; } = "AWS";
    public string SrcRegion { get; set; } = "us-east-1";
    public string SrcBucket { get; set; } = "";
    public string DstBucket { get; set; } = "";
    public string DstRegion { get; set; } = "cn-north-4";
    public string Status { get; set; } = "STOPPED";
    public string Description { get; set; } = "";
    /// <summary>A URL-list task reads object URLs from a list file; it needs no source AK/SK.</summary>
    public bool UrlList { get; set; }
    public double CreatedHoursAgo { get; set; } = 720;
    public double? LastStartHoursAgo { get; set; }
    /// <summary>How many objects a synchronizing task copies per second (drives the monthly counters).</summary>
    public double ObjectsPerSecond { get; set; } = 2;
    public long ObjectSizeBytes { get; set; } = 1_048_576;
    public long MonthlySuccessObjects { get; set; }
    public long MonthlyFailureObjects { get; set; }
    public long MonthlySkipObjects { get; set; }
}
