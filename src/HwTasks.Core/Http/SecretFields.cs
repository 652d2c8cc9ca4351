using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// Recognises JSON fields that hold credentials by their name (src_sk, dst_ak, password,
    /// source_cdn_authentication_key, secretKey, authToken, ...) and rewrites a JSON document with
    /// their values replaced, so a trace can show the shape of any body without its secrets.
    /// </summary>
    public static class SecretFields
    {
        private static readonly HashSet<string> SecretWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "ak", "sk", "secret", "password", "passwd", "pwd", "token", "key", "credential", "credentials",
        };

        /// <summary>True when the name's last word (snake_case, kebab-case or camelCase) names a credential.</summary>
        public static bool IsSecretName(string name)
        {
            string? last = null;
            var word = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
                if (boundary && word.Length > 0)
                {
                    last = word.ToString();
                    word.Clear();
                }
                if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            }
            if (word.Length > 0) last = word.ToString();
            return last is not null && SecretWords.Contains(last);
        }

        /// <summary>The JSON with every secret-named field's value replaced by REDACTED, or null when it is not JSON.</summary>
        public static string? RedactJson(byte[] json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                // Untouched unless there is something to hide: the text stays exactly as sent.
                if (!HasSecret(document.RootElement)) return Encoding.UTF8.GetString(json);
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    Write(writer, document.RootElement);
                }
                return Encoding.UTF8.GetString(buffer.ToArray());
            }
            catch (Exception e) when (e is JsonException || e is ArgumentException || e is InvalidOperationException)
            {
                return null;
            }
        }

        private static bool HasSecret(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if ((IsSecretName(property.Name) && property.Value.ValueKind != JsonValueKind.Null) || HasSecret(property.Value)) return true;
                    }
                    return false;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (HasSecret(item)) return true;
                    }
                    return false;
                default:
                    return false;
            }
        }

        private static void Write(Utf8JsonWriter writer, JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        // A secret-named object ("token": {"id": ...}) is the secret as a whole.
                        if (IsSecretName(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
                            writer.WriteStringValue(TraceRedaction.Redacted);
                        else
                            Write(writer, property.Value);
                    }
                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in element.EnumerateArray()) Write(writer, item);
                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}
