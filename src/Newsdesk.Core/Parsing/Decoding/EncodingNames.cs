using System.Text;

namespace Newsdesk.Core.Parsing.Decoding;

/// <summary>Maps the encoding labels feeds use to canonical lower-case names and strict decoders.</summary>
internal static class EncodingNames
{
    /// <summary>Labels .NET does not know under that spelling.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["utf16"] = "utf-16",
        ["utf32"] = "utf-32",
        ["utf-16-be"] = "utf-16be",
        ["utf-16-le"] = "utf-16le",
        ["utf-32-be"] = "utf-32be",
        ["utf-32-le"] = "utf-32le",
        ["unicode"] = "utf-16",
        ["latin1"] = "iso-8859-1",
        ["latin-1"] = "iso-8859-1",
        ["cp1252"] = "windows-1252",
        ["macintosh"] = "macintosh",
        ["x-sjis"] = "shift_jis",
        ["sjis"] = "shift_jis",
        ["tis-620"] = "tis-620",
        ["cp936"] = "gbk",
    };

    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Decoders = new();

    /// <summary>The canonical lower-case name of a label, or null when no decoder exists for it.</summary>
    public static string? Normalize(string label)
    {
        var name = label.Trim().Replace('_', '-');
        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }

        name = name.ToLowerInvariant();
        return Strict(name) is null ? null : name;
    }

    public static bool IsUtf16Or32(string name) => name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("utf-32", StringComparison.Ordinal);

    /// <summary>A decoder that throws on invalid bytes, or null for an unknown name.</summary>
    public static Encoding? Strict(string name) => Decoders.GetOrAdd(name, static n =>
    {
        try
        {
            return n switch
            {
                "utf-8" => new UTF8Encoding(false, true),
                "utf-16" or "utf-16le" => new UnicodeEncoding(false, false, true),
                "utf-16be" => new UnicodeEncoding(true, false, true),
                "utf-32" or "utf-32le" => new UTF32Encoding(false, false, true),
                "utf-32be" => new UTF32Encoding(true, false, true),
                _ => Encoding.GetEncoding(n, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
