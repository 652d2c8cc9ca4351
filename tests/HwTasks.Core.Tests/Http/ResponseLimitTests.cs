using System.Text;
using HwTasks.Core.Errors;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

public class ResponseLimitTests
{
    [Fact]
    public async Task A_body_announced_larger_than_the_limit_is_refused_without_reading_it()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { RawBody = new byte[2 * 1024 * 1024] });
        var options = FastOptions();
        options.MaximumResponseBytes = 1024 * 1024;

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get(), options));

        Assert.Equal("ResponseTooLarge", failure.ErrorId);
        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_streamed_body_larger_than_the_limit_is_refused()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { RawBody = Encoding.ASCII.GetBytes(new string('x', 3 * 1024 * 1024)), NoContentLength = true });
        var options = FastOptions();
        options.MaximumResponseBytes = 1024 * 1024;

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get(), options));

        Assert.Equal("ResponseTooLarge", failure.ErrorId);
    }

    [Fact]
    public async Task A_body_cut_short_counts_as_a_failed_attempt_and_a_GET_is_retried()
    {
        await using var server = new ScriptedServer((_, n) => n == 1
            ? new ScriptedResponse { Body = "{\"jobs\":[1,2,3]}", TruncateAfter = 5 }
            : new ScriptedResponse { Body = "{\"jobs\":[]}" });

        var response = await Send(server, Get());

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("{\"jobs\":[]}", response.BodyText);
    }
}
