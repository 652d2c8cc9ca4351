namespace HwTasks.Emulator.Http;

/// <summary>
/// A request the server cannot read: answered with <see cref="Status"/>, no body, and the
/// connection closed. Named and worded as Kestrel's, because the gateway's 500 for a body that
/// breaks mid-read quotes the exception ("The backend failed: BadHttpRequestException: ...").
/// </summary>
internal sealed class BadHttpRequestException : IOException
{
    public BadHttpRequestException(string message, int status = StatusCodes.Status400BadRequest, string? allow = null)
        : base(message)
    {
        Status = status;
        Allow = allow;
    }

    public int Status { get; }

    /// <summary>The Allow header of a 405 the server gives itself (a "*" target for anything but OPTIONS).</summary>
    public string? Allow { get; }
}
