using System.Text.Json;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// The serializer options every service's source-generated context is built with: the tolerant
    /// converters, registered here once for every property of their type (numbers and times as the
    /// services send them, text that may arrive as a number). Each context needs its own instance:
    /// an options object binds to the one context it is given to.
    /// </summary>
    internal static class WireJson
    {
        public static JsonSerializerOptions NewOptions() => new JsonSerializerOptions
        {
            Converters =
            {
                new FlexibleStringConverter(), new FlexibleTimeConverter(), new FlexibleBooleanConverter(),
                new FlexibleInt32Converter(), new FlexibleInt64Converter(), new FlexibleDoubleConverter(),
            },
        };
    }
}
