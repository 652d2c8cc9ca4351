using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Tests.Http;

public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/a%20b/%E6%95%B0", "/a b/数")]
    [InlineData("/job/a%2Fb", "/job/a%2Fb")]
    [InlineData("/job/a%2fb", "/job/a%2fb")]
    [InlineData("/job/%FF%fe", "/job/%FF%fe")]
    [InlineData("/job/%zz", "/job/%zz")]
    [InlineData("/v2/x/./tasks/../tasks", "/v2/x/tasks")]
    [InlineData("/x/%2E%2E/y", "/y")]
    [InlineData("/../../v2", "/v2")]
    [InlineData("/a+b", "/a+b")]
    public void The_path_is_decoded_as_Kestrel_decoded_it(string raw, string path) =>
        Assert.Equal(path, RequestTarget.Parse("GET", raw).Path);

    [Fact]
    public void The_raw_target_and_query_are_kept_as_sent()
    {
        var target = RequestTarget.Parse("GET", "/a%20b?x=%41&y=+");

        Assert.Equal("/a%20b?x=%41&y=+", target.Raw);
        Assert.Equal("?x=%41&y=+", target.QueryString);
    }

    [Fact]
    public void An_absolute_target_is_routed_by_its_path()
    {
        var target = RequestTarget.Parse("GET", "http://127.0.0.1:5080/v2/p/sync-tasks?limit=1");

        Assert.Equal("/v2/p/sync-tasks", target.Path);
        Assert.Equal("?limit=1", target.QueryString);
    }

    [Theory]
    [InlineData("GET", "v2/x", 400)]
    [InlineData("GET", "/a/%00", 400)]
    [InlineData("GET", "/数", 400)]
    [InlineData("GET", "*", 405)]
    public void Unreadable_targets_are_refused(string method, string raw, int status) =>
        Assert.Equal(status, Assert.Throws<BadHttpRequestException>(() => RequestTarget.Parse(method, raw)).Status);

    [Fact]
    public void Query_names_compare_without_case_and_repeated_values_join()
    {
        var query = QueryCollection.Parse("?Action=a+b&action=%43&empty");

        Assert.Equal("a b,C", query["ACTION"]);
        Assert.Equal("", query["empty"]);
        Assert.Equal("", query["missing"]);
    }
}
