using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>The checker the fidelity tests rely on: it must miss nothing and pass only what an SDK reads.</summary>
public sealed class SdkShapeTests
{
    private static readonly SdkModel Item = new("Item", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["count"] = SdkType.Int,
        ["share"] = SdkType.Float,
        ["on"] = SdkType.Bool,
        ["config"] = SdkType.Object,
        ["tags"] = SdkType.MapOf(SdkType.Str),
    });

    private static readonly SdkModel Page = new("Page", new Dictionary<string, SdkType> { ["items"] = SdkType.ListOf(Item) });

    private static IReadOnlyList<string> ProblemsOf(string json, params SdkDeviation[] deviations) =>
        SdkShape.Problems(JsonNode.Parse(json), Page, deviations);

    [Fact]
    public void An_answer_in_the_models_types_has_no_problem_and_null_passes_for_any_type()
    {
        Assert.Empty(ProblemsOf("""
            {"items":[{"id":"a","count":3,"share":0.5,"on":false,"config":{"x":[1]},"tags":{"k":"v"}},
                      {"id":null,"count":null,"share":2,"on":null,"config":null,"tags":null}]}
            """));
    }

    [Fact]
    public void A_field_the_model_lacks_and_each_wrong_type_are_named_by_their_path()
    {
        Assert.Equal(new[]
        {
            "items[].id is 1, not str",
            "items[].count is \"3\", not int",
            "items[].share is \"0.5\", not float",
            "items[].count is 2.5, not int",
            "items[].on is 1, not bool",
            "items[].tags{} is 7, not str",
            "items[].extra is not a field of the SDK's Item",
        }, ProblemsOf("""
            {"items":[{"id":1,"count":"3","share":"0.5"},{"count":2.5,"on":1,"tags":{"k":7},"extra":true}]}
            """));
    }

    [Fact]
    public void A_model_where_the_answer_has_a_scalar_is_a_problem()
    {
        Assert.Equal(new[] { "items is {}, not list[Item]", "the body is [], not Page" },
            new[] { ProblemsOf("""{"items":{}}""").Single(), SdkShape.Problems(JsonNode.Parse("[]"), Page).Single() });
    }

    [Fact]
    public void A_listed_deviation_is_checked_against_what_it_says_is_sent_and_must_occur()
    {
        var asText = new SdkDeviation("items[].count", SdkType.Str, "sent as text");
        var extra = new SdkDeviation("items[].status", SdkType.Str, "not in the model");

        Assert.Empty(ProblemsOf("""{"items":[{"count":"3","status":"RUNNING"}]}""", asText, extra));
        Assert.Equal(new[] { "items[].count is 3, not str", "items[].status is listed as a deviation but was not sent" },
            ProblemsOf("""{"items":[{"count":3}]}""", asText, extra));
    }
}
