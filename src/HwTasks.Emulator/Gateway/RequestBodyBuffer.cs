using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// The gateway must hash the exact body bytes to verify a signature, so it buffers the body,
/// up to a limit (12 MB, like APIG's AK/SK limit) beyond which it answers 413.
/// </summary>
internal static class RequestBodyBuffer
{
    public const long DefaultLimit = 12L * 1024 * 1024;

    public sealed record Result(byte[] Bytes, long BytesSeen, bool TooLarge);

    public static async Task<Result> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return new Result(Array.Empty<byte>(), request.ContentLength.Value, true);

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return new Result(Array.Empty<byte>(), buffer.Length, true);
        }
        return new Result(buffer.ToArray(), buffer.Length, false);
    }
}
