using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Turns page bytes into text. The charset comes from, in order: 1. a byte-order mark; 2. the
/// HTTP Content-Type charset; 3. the page's meta charset in its first 4 KB; 4. UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252 (what browsers assume for undeclared Western pages).
/// Unknown charset names are skipped, never an error.
/// </summary>
internal static partial class PageDecoder
{
    /// <summary>Bytes of the page searched for a meta charset (the HTML spec's prescan reads 1,024).</summary>
    private const int PrescanBytes = 4096;

    /// <summary>
    /// Share of control characters (other than whitespace) in the first 4 KB above which the
    /// content is binary, not HTML. Text pages have none; images, archives and PDFs have a third
    /// or more.
    /// </summary>
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        // 1. byte-order mark
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // 2. HTTP charset, 3. meta charset
        var encoding = Lookup(httpCharset) ?? Lookup(MetaCharset(bytes[..Math.Min(bytes.Length, PrescanBytes)]));
        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }

        // 4. UTF-8, else Windows-1252
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (Lookup("windows-1252") ?? Encoding.Latin1).GetString(bytes);
        }
    }

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }

        return head.Length > 0 && control > MaxControlShare * head.Length;
    }

    public static bool LooksBinary(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, PrescanBytes));
        var control = 0;
        foreach (var c in head)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\f' or '\r' or '\u001B')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return head.Length > 0 && control > MaxControlShare * head.Length;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'');

        // The HTML spec maps a declared UTF-16 on a byte stream without BOM to UTF-8.
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharsetPattern().Match(ascii);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
