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
        ["cp932"] = "shift_jis",
        ["cp949"] = "ks_c_5601-1987",
        ["cp950"] = "big5",
        ["uhc"] = "ks_c_5601-1987",
        ["macroman"] = "macintosh",
        ["mac-roman"] = "macintosh",
        ["ucs-4"] = "utf-32",
        ["csucs4"] = "utf-32",
        ["iso-10646-ucs-4"] = "utf-32",
        ["csunicode"] = "utf-16",
        ["iso-10646-ucs-2"] = "utf-16",
    };

    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Decoders = new();

    /// <summary>The canonical lower-case name of a label, or null when no decoder exists for it.</summary>
    public static string? Normalize(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        if (Aliases.TryGetValue(name, out var alias))
        {
            name = alias;
        }

        if (Strict(name) is not null)
        {
            return name;
        }

        // "utf_32" and "utf-16-be" style: underscores for hyphens.
        name = name.Replace('_', '-');
        if (Aliases.TryGetValue(name, out alias))
        {
            name = alias;
        }

        if (Strict(name) is not null)
        {
            return name;
        }

        // Python-style labels: "cp1252" is windows-1252, "maccyrillic"/"mac-cyrillic" is x-mac-cyrillic.
        if (name.StartsWith("cp125", StringComparison.Ordinal) && name.Length == 6)
        {
            name = "windows-" + name[2..];
        }
        else if (name.StartsWith("mac", StringComparison.Ordinal) && !name.StartsWith("macintosh", StringComparison.Ordinal))
        {
            name = "x-mac-" + name[3..].TrimStart('-');
        }

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
