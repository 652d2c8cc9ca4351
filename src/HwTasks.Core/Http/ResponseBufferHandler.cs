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
            state.AnsweredStatus = null;
            state.AnsweredRequestId = null;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // From here the server has answered: a failure names its status and request id.
            state.AnsweredStatus = (int)response.StatusCode;
            state.AnsweredRequestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? System.Linq.Enumerable.FirstOrDefault(ids) : null;
            if (response.Content is null) return response;
            try
            {
                var length = response.Content.Headers.ContentLength;
                if (length > limit) throw new ResponseTooLargeException(limit);
                // The trace and the client read the body from the call state, without copies; the
                // content keeps its headers (Content-Type) and is spent.
                state.ResponseBody = await ReadLimitedAsync(response.Content, length, limit, cancellationToken).ConfigureAwait(false);
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
