using System.Text;

namespace Newsdesk.Core.Parsing.Decoding;

/// <summary>
/// Turns feed bytes into text. Precedence follows RFC 7303 section 3: a byte order mark, then the
/// HTTP charset parameter, then the XML declaration (for UTF-16/32 without a mark, the byte
/// pattern of "&lt;?" from XML 1.0 appendix F), then UTF-8. When the chosen encoding cannot decode
/// the bytes, the fallbacks are tried in order (UTF-8, then windows-1252, which decodes any byte) and
/// the document is flagged as mis-declared.
/// </summary>
internal static class FeedDecoder
{
    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes, MediaType? mediaType)
    {
        string? problem = null;

        // 1. Byte order mark: wins over every declaration.
        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            return DecodeWith(bytes[bomLength..], bomEncoding, problem);
        }

        // 2. HTTP charset parameter (RFC 7303 3.2: it overrides the XML declaration).
        if (mediaType?.Charset is { } charset)
        {
            var named = EncodingNames.Normalize(charset);
            if (named is not null && EncodingNames.IsUtf16Or32(named))
            {
                named = DetectUtf16Or32(bytes) ?? named;
            }

            if (named is not null)
            {
                return DecodeWith(bytes, named, problem);
            }

            problem = $"The HTTP charset \"{charset}\" is not a known encoding.";
        }

        // 3. UTF-16/32 without a mark, recognised from the byte pattern of "<?" or "<".
        var sniffed = DetectUtf16Or32(bytes);
        if (sniffed is not null)
        {
            return DecodeWith(bytes, sniffed, problem);
        }

        // 4. The XML declaration of an ASCII-compatible document.
        var declared = XmlDeclaration.ReadEncoding(bytes);
        if (declared is not null)
        {
            var named = EncodingNames.Normalize(declared);
            if (named is null || EncodingNames.IsUtf16Or32(named))
            {
                problem ??= $"The declared encoding \"{declared}\" is not usable for this document.";
            }
            else
            {
                problem ??= TextTypeWithoutCharset(bytes, mediaType);
                return DecodeWith(bytes, named, problem);
            }
        }
        else
        {
            problem ??= TextTypeWithoutCharset(bytes, mediaType);
        }

        // 5. Default.
        return DecodeWith(bytes, "utf-8", problem);
    }

    /// <summary>
    /// A text/* XML type without charset: RFC 3023 made that us-ascii, RFC 7303 defers to the
    /// document. Readers of either generation agree only when the bytes are ASCII, so non-ASCII
    /// bytes under such a header are flagged as mis-declared (and decoded per RFC 7303).
    /// </summary>
    private static string? TextTypeWithoutCharset(ReadOnlySpan<byte> bytes, MediaType? mediaType)
    {
        if (mediaType is not { IsText: true, Charset: null } || !mediaType.Value.IsXml)
        {
            return null;
        }

        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return $"Served as {mediaType.Value.Type} without a charset while the document has non-ASCII bytes.";
            }
        }

        return null;
    }

    private static DecodedDocument DecodeWith(ReadOnlySpan<byte> bytes, string name, string? problem)
    {
        var encoding = EncodingNames.Strict(name);
        if (encoding is not null)
        {
            try
            {
                return new DecodedDocument(encoding.GetString(bytes), name, problem);
            }
            catch (DecoderFallbackException)
            {
                problem ??= $"The document is not valid {name}.";
            }
        }
        else
        {
            problem ??= $"The encoding \"{name}\" is not supported.";
        }

        foreach (var fallback in (ReadOnlySpan<string>)["utf-8", "windows-1252"])
        {
            if (fallback == name)
            {
                continue;
            }

            try
            {
                return new DecodedDocument(EncodingNames.Strict(fallback)!.GetString(bytes), fallback, problem);
            }
            catch (DecoderFallbackException)
            {
                // Try the next one; windows-1252 maps every byte.
            }
        }

        return new DecodedDocument(System.Text.Encoding.UTF8.GetString(bytes), "utf-8", problem);
    }

    private static (string? Name, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return ("utf-32be", 4);
        }

        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return ("utf-32le", 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return ("utf-8", 3);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return ("utf-16be", 2);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return ("utf-16le", 2);
        }

        return (null, 0);
    }

    /// <summary>XML 1.0 appendix F: "&lt;" encoded in UTF-32 or UTF-16 without a byte order mark.</summary>
    private static string? DetectUtf16Or32(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4)
        {
            return null;
        }

        return (b[0], b[1], b[2], b[3]) switch
        {
            (0, 0, 0, 0x3C) => "utf-32be",
            (0x3C, 0, 0, 0) => "utf-32le",
            (0, 0x3C, 0, _) => "utf-16be",
            (0x3C, 0, _, 0) => "utf-16le",
            _ => null,
        };
    }
}
