using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HwTasks.Testing.Requests
{
    /// <summary>
    /// JSON written one way, so that two bodies compare as JSON: object members sorted by name (the
    /// order a hashtable or a client writes them in does not count), no whitespace, numbers without
    /// trailing zeros (1.50 is 1.5), strings escaped only where JSON needs it (readable in messages).
    /// </summary>
    internal static class CanonicalJson
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>The canonical text, or null when the text is empty or not JSON.</summary>
        public static string? Of(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            try
            {
                using var document = JsonDocument.Parse(text);
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, Options)) Write(document.RootElement, writer);
                return Encoding.UTF8.GetString(buffer.ToArray());
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static void Write(JsonElement element, Utf8JsonWriter writer)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var member in element.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(member.Name);
                        Write(member.Value, writer);
                    }
                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray()) Write(item, writer);
                    writer.WriteEndArray();
                    break;
                case JsonValueKind.Number when element.TryGetDecimal(out var number):
                    // Dividing by 1 at the largest scale drops the trailing zeros a decimal keeps.
                    writer.WriteNumberValue(number / 1.0000000000000000000000000000m);
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
