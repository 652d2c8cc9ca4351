using System.Text.Json;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// Holds an emulator answer to an SDK model: every field it sends must be one the model has, with a
/// value of the model's type, except at the deviations a test lists, and each listed deviation must
/// really occur, so that one fixed later is struck off the list. Null passes for any type: the SDKs
/// read it as absent.
/// </summary>
internal static class SdkShape
{
    public static void AssertConforms(JsonNode? answer, SdkModel model, params SdkDeviation[] deviations)
    {
        var problems = Problems(answer, model, deviations);
        if (problems.Count > 0) Assert.Fail("The answer is not the SDK's " + model.Name + ":\n" + string.Join("\n", problems));
    }

    /// <summary>What is wrong with <paramref name="answer"/>, one sentence each (once, however many items share it); empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(JsonNode? answer, SdkModel model, params SdkDeviation[] deviations)
    {
        var check = new Check(deviations);
        check.Value(answer, model, "");
        var unused = deviations.Where(d => !check.Deviated.Contains(d.Path)).Select(d => d.Path + " is listed as a deviation but was not sent");
        return check.Problems.Distinct().Concat(unused).ToList();
    }

    private sealed class Check(IReadOnlyList<SdkDeviation> deviations)
    {
        public List<string> Problems { get; } = new();
        public HashSet<string> Deviated { get; } = new(StringComparer.Ordinal);

        public void Value(JsonNode? node, SdkType type, string path)
        {
            if (node is null) return;
            switch (type)
            {
                case SdkModel model when node is JsonObject fields:
                    foreach (var (name, value) in fields) Field(value, model, path.Length == 0 ? name : path + "." + name, name);
                    break;
                case SdkType.List list when node is JsonArray items:
                    foreach (var item in items) Value(item, list.Item, path + "[]");
                    break;
                case SdkType.Map map when node is JsonObject entries:
                    foreach (var (_, value) in entries) Value(value, map.Value, path + "{}");
                    break;
                case SdkType.Primitive primitive when Holds(primitive, node):
                    break;
                default:
                    Problems.Add($"{(path.Length == 0 ? "the body" : path)} is {node.ToJsonString()}, not {type}");
                    break;
            }
        }

        private void Field(JsonNode? value, SdkModel model, string path, string name)
        {
            if (deviations.FirstOrDefault(d => d.Path == path) is { } deviation)
            {
                Deviated.Add(path);
                Value(value, deviation.Sent, path);
            }
            else if (model.Fields.TryGetValue(name, out var type))
            {
                Value(value, type, path);
            }
            else
            {
                Problems.Add($"{path} is not a field of the SDK's {model.Name}");
            }
        }

        // "int" must be whole: 12.5 would fail an SDK that reads it into an integer.
        private static bool Holds(SdkType.Primitive type, JsonNode node) => type.Name switch
        {
            "object" => true,
            "str" => node.GetValueKind() == JsonValueKind.String,
            "int" => node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out _),
            "float" => node.GetValueKind() == JsonValueKind.Number,
            "bool" => node.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "not a primitive of the SDK"),
        };
    }
}
