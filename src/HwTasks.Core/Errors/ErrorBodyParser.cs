using System;
using System.Globalization;
using System.Text.Json;

namespace HwTasks.Core.Errors
{
    /// <summary>
    /// Reads the error body shapes the services and the API gateway answer with, in order: {error_code, error_msg};
    /// {errorCode, errorMsg}; {code, message}; any of these one level down ({"error":{...}});
    /// CDM's {errCode, externalMessage}. Anything else: the HTTP status and the raw text.
    /// </summary>
    public static class ErrorBodyParser
    {
        private const int MaxRawTextLength = 500;

        private static readonly string[][] Shapes =
        {
            new[] { "error_code", "error_msg" },
            new[] { "errorCode", "errorMsg" },
            new[] { "code", "message" },
            new[] { "errCode", "externalMessage" },
        };

        public static ServiceError Parse(int status, string? body)
        {
            var text = body ?? string.Empty;
            if (TryParseJson(text, out var error)) return error!;
            // Proxies answer with HTML pages: their title says enough.
            return new ServiceError(status.ToString(CultureInfo.InvariantCulture), RawText(text));
        }

        /// <summary>
        /// True when <paramref name="body"/> is a JSON object carrying none of the error members this
        /// parser reads (`{}` and any object of other members): what a call whose success has no
        /// body may answer, as the official SDK reads it. Not JSON, not an object, or an error: false.
        /// </summary>
        public static bool IsObjectWithoutError(string body)
        {
            var trimmed = body.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] != '{') return false;
            try
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.ValueKind == JsonValueKind.Object && !TryError(document.RootElement, out _);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException)
            {
                return false;
            }
        }

        private static bool TryParseJson(string text, out ServiceError? error)
        {
            error = null;
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] != '{') return false;
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                return root.ValueKind == JsonValueKind.Object && TryError(root, out error);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException)
            {
                // Not JSON, or JSON whose strings cannot be read (a lone surrogate escape): fall back to the raw text.
                error = null;
                return false;
            }
        }

        // One of the shapes at the top, or one level down ({"error":{...}}).
        private static bool TryError(JsonElement root, out ServiceError? error)
        {
            if (TryShape(root, out error)) return true;
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object && TryShape(property.Value, out error)) return true;
            }
            return false;
        }

        private static bool TryShape(JsonElement element, out ServiceError? error)
        {
            foreach (var shape in Shapes)
            {
                if (element.TryGetProperty(shape[0], out var code) && IsScalar(code))
                {
                    element.TryGetProperty(shape[1], out var message);
                    error = new ServiceError(RemoteText.Clean(ScalarText(code), 100), IsScalar(message) ? RemoteText.Clean(ScalarText(message)) : string.Empty);
                    return true;
                }
            }
            error = null;
            return false;
        }

        private static bool IsScalar(JsonElement e) =>
            e.ValueKind == JsonValueKind.String || e.ValueKind == JsonValueKind.Number;

        private static string ScalarText(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

        private static string RawText(string text)
        {
            if (text.Trim().Length == 0) return "(empty response body)";
            if (RemoteText.LooksLikeHtml(text)) return "the response is " + RemoteText.DescribeBody(text);
            return RemoteText.Clean(text, MaxRawTextLength);
        }
    }
}
