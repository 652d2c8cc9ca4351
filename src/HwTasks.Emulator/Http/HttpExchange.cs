namespace HwTasks.Emulator.Http;

/// <summary>A request and its answer on one connection.</summary>
internal sealed class HttpExchange
{
    private readonly Action _abort;

    public HttpExchange(HttpRequest request, HttpResponse response, CancellationToken aborted, Action abort)
    {
        Request = request;
        Response = response;
        Aborted = aborted;
        _abort = abort;
    }

    public HttpRequest Request { get; }

    public HttpResponse Response { get; }

    /// <summary>Cancelled when the client goes away, the server stops, or <see cref="Abort"/> is called.</summary>
    public CancellationToken Aborted { get; }

    /// <summary>Resets the connection at once, with no answer: the client sees a transport error.</summary>
    public void Abort() => _abort();
}
