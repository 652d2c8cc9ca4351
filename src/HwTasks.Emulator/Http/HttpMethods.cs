namespace HwTasks.Emulator.Http;

/// <summary>The methods the emulator's routes use; public for hosts that name them (a -Method ValidateSet).</summary>
public static class HttpMethods
{
    public const string Get = "GET";
    public const string Head = "HEAD";
    public const string Post = "POST";
    public const string Put = "PUT";
    public const string Delete = "DELETE";
    public const string Options = "OPTIONS";

    /// <summary>Methods compare without case, as ASP.NET Core's routing did.</summary>
    public static bool Is(string method, string expected) => string.Equals(method, expected, StringComparison.OrdinalIgnoreCase);
}
