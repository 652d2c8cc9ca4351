using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Times as the services send them: epoch milliseconds as a number or as a string (CDM's own
    /// sample sends "creation-date": "1536905778725"), or ISO-8601 text (Kafka). Empty is null.
    /// </summary>
    public sealed class FlexibleTimeConverter : JsonConverter<DateTimeOffset?>
    {
        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return FromMilliseconds(reader.GetInt64());
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)) return FromMilliseconds(ms);
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                        return time;
                    throw new JsonException("'" + text + "' is neither epoch milliseconds nor an ISO-8601 time.");
                default:
                    throw new JsonException("A time must be a number or a string, not " + reader.TokenType + ".");
            }
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value.ToUnixTimeMilliseconds());
            else writer.WriteNullValue();
        }

        private static DateTimeOffset FromMilliseconds(long ms)
        {
            if (ms < -62135596800000L || ms > 253402300799999L) throw new JsonException(ms + " is out of the range of epoch milliseconds.");
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }
    }
}
