using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads a file's bytes into text, refusing what is not text: empty, binary, truncated or corrupt
/// gzip, over the size cap (before and after decompression), or not in the encoding it claims.
/// Text is UTF-8 (with or without a BOM) or UTF-16 with a BOM; an HTML page may declare another
/// charset in a meta tag.
/// </summary>
public sealed partial class TextFileDecoder(long maxBytes)
{
    /// <summary>Binary sniffing looks at the first 8 KiB, as git and file(1) do.</summary>
    private const int SniffBytes = 8192;

    private static readonly (byte[] Magic, string Kind)[] BinarySignatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"), ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (or Office document)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"), ("SQLite format"u8.ToArray(), "an SQLite database"),
    ];

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[\w-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<DecodedDocument> DecodeAsync(string path, bool gzip, bool html, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return DecodedDocument.Fail("empty file");
        }

        if (info.Length > maxBytes)
        {
            return DecodedDocument.Fail($"file is {Size(info.Length)}, over the import cap of {Size(maxBytes)} (Importing:MaxFileBytes)");
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (gzip)
        {
            var inflated = await InflateAsync(bytes, ct);
            if (inflated.Error is not null)
            {
                return DecodedDocument.Fail(inflated.Error);
            }

            bytes = inflated.Bytes!;
            if (bytes.Length == 0)
            {
                return DecodedDocument.Fail("empty file (the gzip data holds nothing)");
            }
        }

        return Decode(bytes, html);
    }

    /// <summary>Decodes bytes already in memory (tests, embedded resources).</summary>
    public static DecodedDocument Decode(byte[] bytes, bool html)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            return Strict(utf16, bytes[2..], "UTF-16");
        }

        foreach (var (magic, kind) in BinarySignatures)
        {
            if (bytes.AsSpan().StartsWith(magic))
            {
                return DecodedDocument.Fail($"binary file ({kind}), not text");
            }
        }

        var sniff = bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes));
        if (sniff.Contains((byte)0))
        {
            return DecodedDocument.Fail("binary file (it contains NUL bytes), not text");
        }

        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        if (html && DeclaredCharset(bytes) is { } declared && !IsUtf8(declared.WebName))
        {
            return Strict(declared, bytes[start..], declared.WebName);
        }

        var decoded = Strict(new UTF8Encoding(false, true), bytes[start..], "UTF-8");
        return decoded.Text is not null && decoded.Text.Trim().Length == 0 ? DecodedDocument.Fail("empty file (only whitespace)") : decoded;
    }

    private static DecodedDocument Strict(Encoding encoding, byte[] bytes, string name)
    {
        try
        {
            return new DecodedDocument(encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index}" : "";
            var bad = e.BytesUnknown is { Length: > 0 } u ? $" (0x{u[0]:X2})" : "";
            return DecodedDocument.Fail($"not valid {name} text: bad byte{bad}{offset}; save the file as UTF-8");
        }
    }

    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var m = MetaCharset().Match(head);
        if (!m.Success)
        {
            return null;
        }

        try
        {
            var e = Encoding.GetEncoding(m.Groups["cs"].Value);
            return Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(string webName) => webName.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    private async Task<(byte[]? Bytes, string? Error)> InflateAsync(byte[] compressed, CancellationToken ct)
    {
        if (compressed.Length < 18 || compressed[0] != 0x1F || compressed[1] != 0x8B)
        {
            return (null, "not gzip data (the file does not start with the gzip signature)");
        }

        // The gzip trailer's last 4 bytes hold the uncompressed length (mod 2^32): a truncated file
        // ends in compressed data instead, which almost never equals the length we inflate.
        var declaredLength = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        using var output = new MemoryStream();
        try
        {
            await using var gz = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = await gz.ReadAsync(buffer, ct)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    return (null, $"decompressed size is over the import cap of {Size(maxBytes)} (Importing:MaxFileBytes)");
                }
            }
        }
        catch (InvalidDataException)
        {
            return (null, "truncated or corrupt gzip data");
        }
        catch (EndOfStreamException)
        {
            return (null, "truncated gzip data");
        }

        return (uint)output.Length != declaredLength
            ? (null, "truncated gzip data (the decompressed length does not match the gzip trailer)")
            : (output.ToArray(), null);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KiB";
}
