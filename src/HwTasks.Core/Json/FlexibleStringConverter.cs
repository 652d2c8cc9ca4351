using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>A text field that may arrive as a number or boolean (isStopingIncrement, ids).</summary>
    public sealed class FlexibleStringConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.True: return "true";
                case JsonTokenType.False: return "false";
                case JsonTokenType.Number:
                    using (var document = JsonDocument.ParseValue(ref reader)) return document.RootElement.GetRawText();
                default:
                    throw new JsonException("Text cannot be a " + reader.TokenType + ".");
            }
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }
    }
}
