#nullable enable
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace HwTasks.Tests.Shared
{
    /// <summary>
    /// An HTTP proxy on 127.0.0.1 for tests (xunit compiles it; Pester loads it with Add-Type). It
    /// either answers every request and CONNECT with 407 Proxy Authentication Required, or forwards
    /// plain-http requests (absolute-form, as HTTP_PROXY clients send them) to their origin, one
    /// request per connection. It records each request line and its Proxy-Authorization header.
    /// </summary>
    public sealed class LoopbackProxy : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly bool _forward;

        public LoopbackProxy(bool forward)
        {
            _forward = forward;
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            Task.Run(AcceptLoop);
        }

        public int Port { get; }

        /// <summary>"GET http://127.0.0.1:5000/v1/... HTTP/1.1", "CONNECT host:443 HTTP/1.1", ...</summary>
        public ConcurrentQueue<string> RequestLines { get; } = new ConcurrentQueue<string>();

        /// <summary>The Proxy-Authorization header of each request that had one.</summary>
        public ConcurrentQueue<string> Authorizations { get; } = new ConcurrentQueue<string>();

        /// <summary>http://user:password@127.0.0.1:port: the value of HTTP_PROXY/HTTPS_PROXY for this proxy.</summary>
        public string UrlWith(string user, string password) => "http://" + user + ":" + password + "@127.0.0.1:" + Port;

        public void Dispose()
        {
            _listener.Stop();
        }

        private async Task AcceptLoop()
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                    _ = Task.Run(() => Serve(client));
                }
            }
            catch (Exception)
            {
                // Dispose stopped the listener.
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            {
                try
                {
                    var stream = client.GetStream();
                    var head = await ReadHead(stream).ConfigureAwait(false);
                    if (head is null) return;
                    var lines = head.Split(new[] { "\r\n" }, StringSplitOptions.None);
                    RequestLines.Enqueue(lines[0]);
                    var length = 0;
                    foreach (var line in lines)
                    {
                        if (line.StartsWith("Proxy-Authorization:", StringComparison.OrdinalIgnoreCase)) Authorizations.Enqueue(line.Substring(20).Trim());
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line.Substring(15).Trim());
                    }
                    var body = new byte[length];
                    for (var read = 0; read < length;)
                    {
                        var n = await stream.ReadAsync(body, read, length - read).ConfigureAwait(false);
                        if (n == 0) return;
                        read += n;
                    }
                    if (_forward && !lines[0].StartsWith("CONNECT ", StringComparison.Ordinal)) await Forward(stream, lines, body).ConfigureAwait(false);
                    else await Write(stream, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"loopback\"\r\n" +
                                             "Content-Type: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The client went away: nothing to do.
                }
            }
        }

        // "GET http://host:port/path HTTP/1.1" goes to host:port as "GET /path HTTP/1.1", without the
        // proxy's own headers; the origin's whole answer (it is told to close) goes back.
        private static async Task Forward(NetworkStream stream, string[] lines, byte[] body)
        {
            var parts = lines[0].Split(' ');
            var target = new Uri(parts[1]);
            var request = new StringBuilder(parts[0] + " " + target.PathAndQuery + " " + parts[2] + "\r\n");
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length == 0 || line.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) ||
                    line.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase)) continue;
                request.Append(line).Append("\r\n");
            }
            request.Append("Connection: close\r\n\r\n");
            using var origin = new TcpClient();
            await origin.ConnectAsync(target.Host, target.Port).ConfigureAwait(false);
            var originStream = origin.GetStream();
            var bytes = Encoding.ASCII.GetBytes(request.ToString());
            await originStream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
            await originStream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
            await originStream.CopyToAsync(stream).ConfigureAwait(false);
        }

        private static async Task Write(Stream stream, string text)
        {
            var bytes = Encoding.ASCII.GetBytes(text);
            await stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
        }

        private static async Task<string?> ReadHead(Stream stream)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            while (head.Length < 65536)
            {
                if (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 0) return null;
                head.WriteByte(one[0]);
                var buffer = head.GetBuffer();
                var n = (int)head.Length;
                if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
                    return Encoding.ASCII.GetString(buffer, 0, n - 4);
            }
            return null;
        }
    }
}
