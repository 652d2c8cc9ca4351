using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Times as the services send them: epoch milliseconds as a number or as a string (CDM's own
    /// sample sends "creation-date": "1536905778725"), or ISO-8601 text (Kafka). Empty is null, and
    /// so is anything unreadable ("yesterday", an object): one bad field must not fail a whole page.
    /// </summary>
    public sealed class FlexibleTimeConverter : JsonConverter<DateTimeOffset?>
    {
        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return reader.TryGetInt64(out var number) ? FromMilliseconds(number) : null;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)) return FromMilliseconds(ms);
                    return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                        ? time
                        : (DateTimeOffset?)null;
                default:
                    reader.Skip();
                    return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value.ToUnixTimeMilliseconds());
            else writer.WriteNullValue();
        }

        private static DateTimeOffset? FromMilliseconds(long ms) =>
            ms < -62135596800000L || ms > 253402300799999L ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }
}
