using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Kafka
{
    /// <summary>A background task of a Kafka (DMS) instance.</summary>
    public sealed class KafkaBackgroundTask : ServiceObject
    {
        [JsonIgnore]
        public string InstanceId { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("id")]
        public string? TaskId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("user_name")]
        public string? UserName { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("user_id")]
        public string? UserId { get; internal set; }

        /// <summary>The status; a value this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public KafkaTaskStatus Status => WireEnumConverter<KafkaTaskStatus>.Parse(StatusText);

        /// <summary>The status exactly as the service sent it, kept so that a new value is never lost.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("created_at")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("updated_at")]
        public DateTimeOffset? UpdatedTime { get; internal set; }

        /// <summary>The task's parameters as the service sends them: a JSON document inside a string.</summary>
        [JsonInclude]
        [JsonPropertyName("params")]
        public string? ParamsJson { get; internal set; }

        /// <summary>
        /// <see cref="ParamsJson"/> parsed (name → value, names ignoring case); null when it is empty or
        /// not a JSON object. Its text is its JSON, so Export-Csv writes it readably.
        /// </summary>
        [JsonIgnore]
        public JsonDictionary<object?>? Params { get; internal set; }

        internal void ParseParams()
        {
            Params = null;
            if (string.IsNullOrWhiteSpace(ParamsJson)) return;
            try
            {
                if (JsonTree.Parse(ParamsJson!) is Dictionary<string, object?> map)
                    Params = new JsonDictionary<object?>(map, StringComparer.OrdinalIgnoreCase);
            }
            catch (System.Text.Json.JsonException)
            {
                // Keep ParamsJson as it came; a malformed parameter string must not hide the task.
            }
        }

        public override string ToString() => Name + " " + Status;
    }
}
