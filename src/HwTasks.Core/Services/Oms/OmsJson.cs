using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>Source-generated deserializers of OMS's bodies (the start body carries keys and is written by hand: see OmsStartKeys).</summary>
    [JsonSerializable(typeof(OmsSyncTaskListResponse))]
    [JsonSerializable(typeof(OmsSyncTask))]
    internal sealed partial class OmsJson : JsonSerializerContext
    {
        public static OmsJson Wire { get; } = new OmsJson(WireJson.NewOptions());
    }
}
