using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Tests.Signing;

/// <summary>
/// The canonical URI as the official signer builds it (unquote the whole path, split on '/', quote
/// each segment, end with '/'): the expected values follow that algorithm step by step.
/// </summary>
public class CanonicalUriTests
{
    [Theory]
    // A %2F inside a path parameter is a '/' for the signature: two segments.
    [InlineData("/v1.1/p/clusters/c/cdm/job/a%2Fb/start", "/v1.1/p/clusters/c/cdm/job/a/b/start/")]
    [InlineData("/v1.1/p/clusters/c/cdm/job/a%2fb/start", "/v1.1/p/clusters/c/cdm/job/a/b/start/")]
    // Decoded once: an encoded percent stays a percent, quoted again.
    [InlineData("/job/a%252Fb", "/job/a%252Fb/")]
    [InlineData("/job/%E6%95%B0%E6%8D%AE", "/job/%E6%95%B0%E6%8D%AE/")]
    [InlineData("/job/a%20b", "/job/a%20b/")]
    [InlineData("/job/a b", "/job/a%20b/")]
    [InlineData("/resources/", "/resources/")]
    [InlineData("", "/")]
    public void Decodes_the_whole_path_before_splitting_it(string path, string expected)
    {
        Assert.Equal(expected, CanonicalRequest.BuildUri(path));
    }
}
