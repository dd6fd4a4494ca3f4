namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// Maps C1 control characters (U+0080 to U+009F) to the windows-1252 characters they stand for.
/// They reach a feed as "&amp;#146;" references or as windows-1252 bytes declared ISO-8859-1, and
/// never mean a control character in text; HTML 5 and the WHATWG Encoding standard read them the same way.
/// </summary>
internal static class Windows1252Repair
{
    private static readonly char[] C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Apply(string text)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (at < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? C1[c - 0x80] : c;
            }
        });
    }
}
