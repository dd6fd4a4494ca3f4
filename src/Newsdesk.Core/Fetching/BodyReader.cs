using System.Buffers;

namespace Newsdesk.Core.Fetching;

/// <summary>Reads a response body up to a cap, so an endless or bomb body costs at most the cap.</summary>
internal static class BodyReader
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null as soon as it passes <paramref name="maxBytes"/> (the rest is never read).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, long? declaredLength, CancellationToken ct)
    {
        var initial = (int)Math.Min(declaredLength is > 0 ? declaredLength.Value : ChunkBytes, Math.Min(maxBytes + 1, 1024 * 1024));
        using var buffer = new MemoryStream(initial);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), ct);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
