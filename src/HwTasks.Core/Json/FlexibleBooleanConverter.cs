using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>Booleans sent as true/false, "true"/"false" or 1/0.</summary>
    public sealed class FlexibleBooleanConverter : JsonConverter<bool?>
    {
        public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null: return null;
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Number: return reader.GetInt64() != 0;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (bool.TryParse(text, out var value)) return value;
                    if (text == "1" || text == "0") return text == "1";
                    throw new JsonException("'" + text + "' is not a boolean.");
                default:
                    throw new JsonException("A boolean cannot be a " + reader.TokenType + ".");
            }
        }

        public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteBooleanValue(value.Value);
            else writer.WriteNullValue();
        }
    }
}
