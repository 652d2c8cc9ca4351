using HwTasks.Core.Errors;

namespace HwTasks.Core.Tests.Errors;

public class ErrorBodyParserTests
{
    [Theory]
    [InlineData("{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}", "APIGW.0301", "Incorrect IAM authentication information")]
    [InlineData("{\"error_code\":\"AOM.31001302\",\"error_msg\":\"Invalid param\",\"http_code\":400}", "AOM.31001302", "Invalid param")]
    [InlineData("{\"errorCode\":\"DLM.4001\",\"errorMsg\":\"bad workspace\"}", "DLM.4001", "bad workspace")]
    [InlineData("{\"code\":\"OMS.0001\",\"message\":\"task busy\"}", "OMS.0001", "task busy")]
    [InlineData("{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}", "401", "The username or password is wrong.")]
    [InlineData("{\"errCode\":\"Cdm.0100\",\"externalMessage\":\"Job[x] doesn't exist.\"}", "Cdm.0100", "Job[x] doesn't exist.")]
    [InlineData("{\"error_msg\":\"first\",\"error_code\":\"X.1\",\"code\":\"ignored\",\"message\":\"ignored\"}", "X.1", "first")]
    public void Reads_every_documented_shape(string body, string code, string message)
    {
        var error = ErrorBodyParser.Parse(400, body);

        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_html_page_becomes_the_status_and_its_title()
    {
        var html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>";

        var error = ErrorBodyParser.Parse(502, html);

        Assert.Equal("502", error.Code);
        Assert.Equal("the response is an HTML page titled '502 Bad Gateway'", error.Message);
    }

    [Theory]
    [InlineData("", "(empty response body)")]
    [InlineData("{\"unrelated\":true}", "{\"unrelated\":true}")]
    [InlineData("{\"error_code\":", "{\"error_code\":")]
    [InlineData("[1,2]", "[1,2]")]
    public void Anything_else_keeps_the_status_as_the_code(string body, string message)
    {
        var error = ErrorBodyParser.Parse(500, body);

        Assert.Equal("500", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_huge_body_is_cut_to_a_readable_message()
    {
        var error = ErrorBodyParser.Parse(500, new string('x', 10_000));

        Assert.Equal(501, error.Message.Length);
        Assert.EndsWith("…", error.Message);
    }

    [Theory]
    [InlineData("{\"error_code\":\"X.1\",\"error_msg\":\"bad\\u001b]0;pwned\\u0007 \\u001b[2J\"}", "bad\\u001b]0;pwned\\u0007 \\u001b[2J")]
    [InlineData("{\"error_code\":\"X.1\",\"error_msg\":\"abc\\u202edef\\u200d\\ufeff\"}", "abc\\u202edef\\u200d\\ufeff")]
    [InlineData("raw \u001b[31mred\u0007", "raw \\u001b[31mred\\u0007")]
    public void Terminal_control_and_format_characters_from_the_service_are_escaped(string body, string message)
    {
        var error = ErrorBodyParser.Parse(400, body);

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain(error.Message, c => c < ' ' || c == '\u202e' || c == '\u200d' || c == '\ufeff');
    }

    [Fact]
    public void An_error_code_with_control_characters_is_escaped_too()
    {
        var error = ErrorBodyParser.Parse(400, "{\"error_code\":\"X\\u001b[2J\",\"error_msg\":\"m\"}");

        Assert.Equal("X\\u001b[2J", error.Code);
    }
}
