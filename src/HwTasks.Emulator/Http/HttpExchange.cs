namespace HwTasks.Emulator.Http;

/// <summary>A request and its answer on one connection.</summary>
internal sealed class HttpExchange(HttpRequest request, HttpResponse response, CancellationToken aborted, Action abort)
{
    public HttpRequest Request => request;

    public HttpResponse Response => response;

    /// <summary>Cancelled when the client goes away, the server stops, or <see cref="Abort"/> is called.</summary>
    public CancellationToken Aborted => aborted;

    /// <summary>Resets the connection at once, with no answer: the client sees a transport error.</summary>
    public void Abort() => abort();
}
