using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// Reads the whole body inside the attempt, so -TimeoutSec covers a slow body and a dropped
    /// connection mid-body counts as a failed attempt, and refuses bodies over the size limit
    /// without holding more than the limit in memory.
    /// </summary>
    internal sealed class ResponseBufferHandler : DelegatingHandler
    {
        private const int ChunkSize = 16384;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var state = CallState.Of(request);
            var limit = state.Options.MaximumResponseBytes;
            state.ResponseBody = Array.Empty<byte>();
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content is null) return response;
            try
            {
                var length = response.Content.Headers.ContentLength;
                if (length > limit) throw new ResponseTooLargeException(limit);
                var body = await ReadLimitedAsync(response.Content, length, limit, cancellationToken).ConfigureAwait(false);
                state.ResponseBody = body; // the trace and the client read it from here, without copies
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

        private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long? length, long limit, CancellationToken cancellationToken)
        {
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            // Disposing the stream on cancellation unblocks a read that ignores the token (netstandard2.0 streams).
            using var registration = cancellationToken.Register(() => stream.Dispose());
            // Most answers say their length: read straight into an array of that size.
            using var buffer = new MemoryStream(length is > 0 ? (int)length.Value : 0);
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await stream.ReadAsync(chunk, 0, ChunkSize, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }
                    if (read == 0) return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
                    if (buffer.Length + read > limit) throw new ResponseTooLargeException(limit);
                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }
}
