using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Tests.Routing;

public sealed class RouterTests
{
    private static readonly IReply Nothing = Reply.Empty();

    private static Router Table()
    {
        var router = new Router();
        router.Map("GET", "/v3/{projectId}/metadata/tasks/{taskId}", _ => Nothing);
        router.Map("POST", "/v3/{projectId}/metadata/tasks/search", _ => Nothing);
        router.Map("DELETE", "/v2/{projectId}/tasks/{taskId}", _ => Nothing);
        router.Map("GET", "/v2/{projectId}/tasks/{taskId}", _ => Nothing);
        return router;
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter_for_the_same_method()
    {
        var match = Table().Match("POST", "/v3/p1/metadata/tasks/search");

        Assert.Equal("/v3/{projectId}/metadata/tasks/search", match.Endpoint!.Template.Text);
        Assert.Equal("p1", match.ProjectId);
    }

    [Fact]
    public void A_parameter_takes_a_literal_of_a_route_for_another_method()
    {
        var match = Table().Match("GET", "/v3/p1/metadata/tasks/search");

        Assert.Equal("search", match.Values["taskId"]);
    }

    [Theory]
    [InlineData("/V3/p1/METADATA/tasks/t1")]
    [InlineData("/v3/p1/metadata/tasks/t1/")]
    public void Literals_compare_without_case_and_one_trailing_slash_is_allowed(string path) =>
        Assert.NotNull(Table().Match("get", path).Endpoint);

    [Theory]
    [InlineData("/v3/p1//metadata/tasks/t1")]
    [InlineData("/v3/p1/metadata/tasks")]
    [InlineData("/v3/p1/metadata/tasks/t1/extra")]
    [InlineData("")]
    public void Anything_else_is_no_route(string path) =>
        Assert.False(Table().Match("GET", path).PathExists);

    [Fact]
    public void Only_other_methods_is_a_405_that_lists_them_sorted_and_still_names_the_project()
    {
        var match = Table().Match("PUT", "/v2/p9/tasks/t1");

        Assert.Null(match.Endpoint);
        Assert.True(match.PathExists);
        Assert.Equal(new[] { "DELETE", "GET" }, match.AllowedMethods);
        Assert.Equal("p9", match.ProjectId);
    }
}
