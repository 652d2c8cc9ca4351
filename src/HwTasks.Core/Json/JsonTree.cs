using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// JSON as plain .NET values (Dictionary, List, string, long, double, bool, null) so callers
    /// outside HwTasks.Core (the cmdlets) never touch System.Text.Json types.
    /// </summary>
    public static class JsonTree
    {
        /// <summary>Parses one JSON document; anything unreadable, including invalid UTF-8 inside a string, is a <see cref="JsonException"/>.</summary>
        public static object? Parse(byte[] utf8)
        {
            try
            {
                using var document = JsonDocument.Parse(utf8);
                return ToValue(document.RootElement);
            }
            catch (InvalidOperationException e)
            {
                // JsonDocument checks string contents only when they are read: invalid UTF-8, lone surrogate escapes.
                throw new JsonException(e.Message, e);
            }
        }

        /// <summary>As <see cref="Parse(byte[])"/>; text with lone surrogates is a <see cref="JsonException"/> too.</summary>
        public static object? Parse(string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return ToValue(document.RootElement);
            }
            catch (Exception e) when (e is InvalidOperationException || e is ArgumentException)
            {
                throw new JsonException(e.Message, e);
            }
        }

        /// <summary>Parses, or returns false for anything that is not one complete JSON document.</summary>
        public static bool TryParse(byte[] utf8, out object? value)
        {
            try
            {
                value = Parse(utf8);
                return true;
            }
            catch (JsonException)
            {
                value = null;
                return false;
            }
        }

        /// <summary>Writes dictionaries (string keys), lists, strings, numbers, booleans, dates and null.</summary>
        public static string Serialize(object? value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, value, 0);
            }
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        internal static object? ToValue(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject()) map[property.Name] = ToValue(property.Value);
                    return map;
                case JsonValueKind.Array:
                    var list = new List<object?>();
                    foreach (var item in element.EnumerateArray()) list.Add(ToValue(item));
                    return list;
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.Number: return element.TryGetInt64(out var whole) ? whole : (object)element.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }

        private const int MaximumDepth = 64;

        private static void Write(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaximumDepth) throw new ArgumentException("The value is nested more than " + MaximumDepth + " levels deep.");
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string s: writer.WriteStringValue(s); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case char c: writer.WriteStringValue(c.ToString()); break;
                case DateTime dt: writer.WriteStringValue(dt.ToString("o", CultureInfo.InvariantCulture)); break;
                case DateTimeOffset dto: writer.WriteStringValue(dto.ToString("o", CultureInfo.InvariantCulture)); break;
                case Guid g: writer.WriteStringValue(g.ToString()); break;
                case Enum e: writer.WriteStringValue(e.ToString()); break;
                case byte or sbyte or short or ushort or int or uint or long:
                    writer.WriteNumberValue(System.Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
                case ulong u: writer.WriteNumberValue(u); break;
                case float or double: writer.WriteNumberValue(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
                case decimal m: writer.WriteNumberValue(m); break;
                case IDictionary map:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in map)
                    {
                        writer.WritePropertyName(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        Write(writer, entry.Value, depth + 1);
                    }
                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (var item in items) Write(writer, item, depth + 1);
                    writer.WriteEndArray();
                    break;
                default: writer.WriteStringValue(System.Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
        }
    }
}
