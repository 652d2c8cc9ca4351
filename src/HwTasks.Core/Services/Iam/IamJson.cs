using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>Source-generated deserializers of IAM's bodies (the password body is written by hand: see IamClient).</summary>
    [JsonSerializable(typeof(IamProjectsResponse))]
    [JsonSerializable(typeof(IamTokenResponse))]
    internal sealed partial class IamJson : JsonSerializerContext
    {
        public static IamJson Wire { get; } = new IamJson(WireJson.NewOptions());
    }
}
