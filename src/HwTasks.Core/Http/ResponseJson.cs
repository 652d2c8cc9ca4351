using System;
using System.Collections.Generic;
using System.Text.Json;
using HwTasks.Core.Errors;


namespace HwTasks.Core.Http
{
    /// <summary>
    /// Reads a 2xx body as JSON, turning every way it can be unreadable (empty, not JSON, truncated,
    /// missing a field) into one <see cref="HwCloudException"/> that names the request id.
    /// </summary>
    public static class ResponseJson
    {
        public static T Read<T>(HwCloudResponse response, string service, string operation, Func<JsonElement, T> read)
        {
            if (response.IsEmpty) throw Invalid(response, service, operation, "the response body is empty", null);
            try
            {
                using var document = JsonDocument.Parse(response.Body);
                return read(document.RootElement);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is KeyNotFoundException ||
                                      e is FormatException || e is ArgumentException)
            {
                throw Invalid(response, service, operation, "the response is not the JSON this API returns (" + Describe(e) + ")", e);
            }
        }

        /// <summary>Deserializes with a source-generated type straight from the body's bytes; unreadable bodies become one clear error.</summary>
        public static T Deserialize<T>(HwCloudResponse response, string service, string operation, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        {
            if (response.IsEmpty) throw Invalid(response, service, operation, "the response body is empty", null);
            try
            {
                return JsonSerializer.Deserialize(new ReadOnlySpan<byte>(response.Body), type) ?? throw new JsonException("the body is the JSON literal null");
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is KeyNotFoundException ||
                                      e is FormatException || e is ArgumentException)
            {
                throw Invalid(response, service, operation, "the response is not the JSON this API returns (" + Describe(e) + ")", e);
            }
        }

        public static HwCloudException Invalid(HwCloudResponse response, string service, string operation, string what, Exception? inner) =>
            HwCloudException.Transport(HwCloudErrorKind.InvalidResponse, "InvalidResponse", service, operation, what, response.RequestId, inner)
                .WithStatus(response.StatusCode);

        private static string Describe(Exception e)
        {
            // The serializer rethrows a wire type's own check with position details added.
            if (e is Json.ResponseShapeException || e.InnerException is Json.ResponseShapeException)
                return (e as Json.ResponseShapeException ?? (Json.ResponseShapeException)e.InnerException!).Message;
            return e is JsonException json && json.BytePositionInLine.HasValue
                ? "invalid JSON at line " + ((json.LineNumber ?? 0) + 1) + ", byte " + (json.BytePositionInLine + 1)
                : e.GetType().Name + ": " + e.Message;
        }
    }
}
