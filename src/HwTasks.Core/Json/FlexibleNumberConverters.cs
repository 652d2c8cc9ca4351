using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Numbers as the services send them: a JSON number or a numeric string (Kafka's task_count is
    /// "4"). A value that is neither ("lots", an object) reads as null instead of failing the whole
    /// page: one unreadable field must not hide every task listed beside it.
    /// </summary>
    internal static class FlexibleNumber
    {
        public static bool TryRead(ref Utf8JsonReader reader, out double value, out long whole, out bool isWhole)
        {
            value = 0;
            whole = 0;
            isWhole = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    isWhole = reader.TryGetInt64(out whole);
                    value = isWhole ? whole : reader.GetDouble();
                    return true;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out whole))
                    {
                        isWhole = true;
                        value = whole;
                        return true;
                    }
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
                default:
                    reader.Skip(); // null, or an object or array where a number belongs
                    return false;
            }
        }
    }

    public sealed class FlexibleInt32Converter : JsonConverter<int?>
    {
        public override bool HandleNull => true;

        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FlexibleNumber.TryRead(ref reader, out _, out var whole, out var isWhole) && isWhole && whole >= int.MinValue && whole <= int.MaxValue
                ? (int)whole
                : (int?)null;

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value);
            else writer.WriteNullValue();
        }
    }

    public sealed class FlexibleInt64Converter : JsonConverter<long?>
    {
        public override bool HandleNull => true;

        public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FlexibleNumber.TryRead(ref reader, out _, out var whole, out var isWhole) && isWhole ? whole : (long?)null;

        public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value);
            else writer.WriteNullValue();
        }
    }

    public sealed class FlexibleDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FlexibleNumber.TryRead(ref reader, out var value, out _, out _) ? value : 0;

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
