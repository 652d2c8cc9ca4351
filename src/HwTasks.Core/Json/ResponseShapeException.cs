using System.Text.Json;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Valid JSON that is not what the API returns: a list response without its list, an object
    /// without its id. Thrown from the wire types' IJsonOnDeserialized checks, so a 200 whose body has
    /// the wrong shape (`{}`, an APIGW error object) is an error instead of an empty result.
    /// </summary>
    public sealed class ResponseShapeException : JsonException
    {
        public ResponseShapeException(string message) : base(message)
        {
        }

        public static void Require(object? member, string name)
        {
            if (member is null) throw new ResponseShapeException("it has no '" + name + "' member");
        }
    }
}
