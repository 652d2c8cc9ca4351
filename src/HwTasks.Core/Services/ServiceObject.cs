using System.Text.Json.Serialization;

namespace HwTasks.Core.Services
{
    /// <summary>
    /// What every object HwTasks returns carries besides the service's fields: where it lives, so
    /// it can be piped into the next command without repeating -Region and -ProjectId.
    /// </summary>
    public abstract class ServiceObject
    {
        [JsonIgnore]
        public string Region { get; internal set; } = string.Empty;

        [JsonIgnore]
        public string ProjectId { get; internal set; } = string.Empty;

        internal void Locate(Http.ServiceTarget target)
        {
            Region = target.Region;
            ProjectId = target.RequireProjectId();
        }
    }
}
