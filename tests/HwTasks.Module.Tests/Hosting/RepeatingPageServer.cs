using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// A misbehaving Kafka list endpoint that ignores start/limit and answers every request with the same
/// full page. The emulator's faults cannot replay a page, so this stands in for such a service.
/// </summary>
public sealed class RepeatingPageServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _page;
    private readonly Task _serving;

    public RepeatingPageServer(int pageSize, int total)
    {
        var tasks = Enumerable.Range(0, pageSize).Select(i =>
            "{\"id\":\"repeated-" + i + "\",\"name\":\"createTopic\",\"status\":\"SUCCESS\",\"params\":\"{}\",\"created_at\":\"2024-05-15T03:19:51.046Z\"}");
        _page = Encoding.UTF8.GetBytes("{\"task_count\":\"" + total + "\",\"tasks\":[" + string.Join(",", tasks) + "]}");
        Url = "http://127.0.0.1:" + FreePort() + "/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }
    public ConcurrentQueue<string> Queries { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Queries.Enqueue(context.Request.Url!.Query.TrimStart('?'));
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = _page.Length;
            await context.Response.OutputStream.WriteAsync(_page);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
