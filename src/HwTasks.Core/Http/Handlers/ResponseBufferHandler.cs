using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http.Handlers
{
    /// <summary>
    /// Reads the whole body inside the attempt, so -TimeoutSec covers a slow body and a dropped
    /// connection mid-body counts as a failed attempt, and refuses bodies over the size limit
    /// without holding more than the limit in memory.
    /// </summary>
    internal sealed class ResponseBufferHandler : DelegatingHandler
    {
        private const int ChunkSize = 81920;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var limit = CallState.Of(request).Options.MaximumResponseBytes;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content is null) return response;
            try
            {
                if (response.Content.Headers.ContentLength > limit) throw new ResponseTooLargeException(limit);
                var body = await ReadLimitedAsync(response.Content, limit, cancellationToken).ConfigureAwait(false);
                var buffered = new ByteArrayContent(body);
                foreach (var header in response.Content.Headers)
                {
                    if (header.Key != "Content-Length") buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                response.Content.Dispose();
                response.Content = buffered;
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
        {
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            // Disposing the stream on cancellation unblocks a read that ignores the token (netstandard2.0 streams).
            using var registration = cancellationToken.Register(() => stream.Dispose());
            using var buffer = new MemoryStream();
            var chunk = new byte[ChunkSize];
            while (true)
            {
                int read;
                try
                {
                    read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
                }
                catch (System.ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
                {
                    throw new System.OperationCanceledException(cancellationToken);
                }
                if (read == 0) return buffer.ToArray();
                if (buffer.Length + read > limit) throw new ResponseTooLargeException(limit);
                buffer.Write(chunk, 0, read);
            }
        }
    }
}
