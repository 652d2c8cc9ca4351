using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Status strings to enums: "FAILURE_ON_SUBMIT" → FailureOnSubmit, matched ignoring case and
    /// underscores, plus any [EnumMember(Value = "...")] alias ("enable" → Enabled). A value the
    /// service adds later reads as the enum's 0 member (Unknown) instead of failing the whole list; a
    /// model's status keeps the text it came from beside it (StatusText), read with <see cref="Parse"/>.
    /// </summary>
    /// <remarks>
    /// The enums of the models are based on long: PowerShell's ConvertTo-Json writes an enum based on
    /// System.Int64 as its name and any other enum as a number (JsonObject.cs, "Enums based on
    /// System.Int64 or System.UInt64 are not JSON-serializable because JavaScript does not support the
    /// necessary precision"), a rule that dates from Windows PowerShell, so an exported status reads
    /// "Succeeded" instead of 5 without -EnumsAsStrings. pwsh's experimental feature
    /// PSSerializeJSONLongEnumAsNumber, off by default, would write numbers again.
    /// </remarks>
    public sealed class WireEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Names = BuildNames();

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return default;
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("A status must be a string, not " + reader.TokenType + ".");
            return Parse(reader.GetString());
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public static T Parse(string? text) =>
            text is not null && Names.TryGetValue(Normalize(text), out var value) ? value : default;

        private static Dictionary<string, T> BuildNames()
        {
            var names = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (T)field.GetValue(null)!;
                names[Normalize(field.Name)] = value;
                var alias = field.GetCustomAttribute<EnumMemberAttribute>()?.Value;
                if (alias is not null) names[Normalize(alias)] = value;
            }
            return names;
        }

        private static string Normalize(string text) => text.Replace("_", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
    }
}
