using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HwTasks.PerfHarness;

/// <summary>
/// HTTP/1.1 with keep-alive over raw sockets, as little work per request as a server can do, so the
/// client's cost is what the measurements see. Answers by path: a CDM StartJob submission, a Kafka
/// task page, or a small object; never checks signatures.
/// </summary>
internal static class LoopbackServer
{
    private static readonly byte[] Start = Response("{\"submissions\":[{\"job-name\":\"j\",\"submission-id\":1,\"status\":\"BOOTING\",\"progress\":0,\"creation-date\":1718000000000}]}");
    private static readonly byte[] Tasks = Response("{\"task_count\":\"1\",\"tasks\":[{\"id\":\"8abfa7b372160bfd0172165864064079\",\"name\":\"createTopic\",\"status\":\"SUCCESS\",\"params\":\"{}\",\"created_at\":\"2024-05-15T03:19:51.046Z\"}]}");
    private static readonly byte[] Other = Response("{\"total\":1,\"jobs\":[{\"name\":\"j\",\"status\":\"SUCCEEDED\"}]}");

    public static async Task<int> RunAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(512);
        Console.Out.WriteLine("listening on http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port);
        Console.Out.Flush();
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync();
            client.NoDelay = true;
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private static async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var end = IndexOfHeaderEnd(buffer, filled);
                while (end < 0)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(filled));
                    if (n == 0) return;
                    filled += n;
                    end = IndexOfHeaderEnd(buffer, filled);
                }
                var head = Encoding.ASCII.GetString(buffer, 0, end);
                var length = ContentLength(head);
                var total = end + 4 + length;
                while (filled < total)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(filled));
                    if (n == 0) return;
                    filled += n;
                }
                var path = head.Split(' ', 3)[1];
                var answer = path.EndsWith("/start", StringComparison.Ordinal) ? Start : path.Contains("/tasks", StringComparison.Ordinal) ? Tasks : Other;
                await stream.WriteAsync(answer);
                Buffer.BlockCopy(buffer, total, buffer, 0, filled - total);
                filled -= total;
            }
        }
        catch (IOException)
        {
        }
    }

    private static int IndexOfHeaderEnd(byte[] buffer, int count)
    {
        for (var i = 3; i < count; i++)
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') return i - 3;
        return -1;
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) return int.Parse(line[15..].Trim());
        return 0;
    }

    private static byte[] Response(string json) => Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: 0123456789abcdef0123456789abcdef\r\nContent-Length: " +
        Encoding.UTF8.GetByteCount(json) + "\r\n\r\n" + json);
}
