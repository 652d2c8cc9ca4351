namespace HwTasks.Emulator.Http;

/// <summary>The status codes the emulator answers with, and the reason phrase of each status line.</summary>
internal static class StatusCodes
{
    public const int Status100Continue = 100;
    public const int Status200OK = 200;
    public const int Status201Created = 201;
    public const int Status204NoContent = 204;
    public const int Status205ResetContent = 205;
    public const int Status304NotModified = 304;
    public const int Status400BadRequest = 400;
    public const int Status401Unauthorized = 401;
    public const int Status403Forbidden = 403;
    public const int Status404NotFound = 404;
    public const int Status405MethodNotAllowed = 405;
    public const int Status413PayloadTooLarge = 413;
    public const int Status414UriTooLong = 414;
    public const int Status429TooManyRequests = 429;
    public const int Status431RequestHeaderFieldsTooLarge = 431;
    public const int Status500InternalServerError = 500;
    public const int Status502BadGateway = 502;
    public const int Status503ServiceUnavailable = 503;
    public const int Status504GatewayTimeout = 504;
    public const int Status505HttpVersionNotSupported = 505;

    // ASP.NET Core's phrases, which the emulator's status lines carried when it ran on Kestrel;
    // a status without one gets an empty phrase ("HTTP/1.1 299 ").
    private static readonly Dictionary<int, string> Phrases = new()
    {
        [100] = "Continue", [101] = "Switching Protocols", [102] = "Processing",
        [200] = "OK", [201] = "Created", [202] = "Accepted", [203] = "Non-Authoritative Information",
        [204] = "No Content", [205] = "Reset Content", [206] = "Partial Content", [207] = "Multi-Status",
        [208] = "Already Reported", [226] = "IM Used",
        [300] = "Multiple Choices", [301] = "Moved Permanently", [302] = "Found", [303] = "See Other",
        [304] = "Not Modified", [305] = "Use Proxy", [306] = "Switch Proxy", [307] = "Temporary Redirect",
        [308] = "Permanent Redirect",
        [400] = "Bad Request", [401] = "Unauthorized", [402] = "Payment Required", [403] = "Forbidden",
        [404] = "Not Found", [405] = "Method Not Allowed", [406] = "Not Acceptable",
        [407] = "Proxy Authentication Required", [408] = "Request Timeout", [409] = "Conflict", [410] = "Gone",
        [411] = "Length Required", [412] = "Precondition Failed", [413] = "Payload Too Large",
        [414] = "URI Too Long", [415] = "Unsupported Media Type", [416] = "Range Not Satisfiable",
        [417] = "Expectation Failed", [418] = "I'm a teapot", [419] = "Authentication Timeout",
        [421] = "Misdirected Request", [422] = "Unprocessable Entity", [423] = "Locked",
        [424] = "Failed Dependency", [426] = "Upgrade Required", [428] = "Precondition Required",
        [429] = "Too Many Requests", [431] = "Request Header Fields Too Large",
        [451] = "Unavailable For Legal Reasons", [499] = "Client Closed Request",
        [500] = "Internal Server Error", [501] = "Not Implemented", [502] = "Bad Gateway",
        [503] = "Service Unavailable", [504] = "Gateway Timeout", [505] = "HTTP Version Not Supported",
        [506] = "Variant Also Negotiates", [507] = "Insufficient Storage", [508] = "Loop Detected",
        [510] = "Not Extended", [511] = "Network Authentication Required",
    };

    public static string ReasonPhrase(int status) => Phrases.GetValueOrDefault(status, string.Empty);
}
