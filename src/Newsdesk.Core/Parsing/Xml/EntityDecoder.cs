using System.Globalization;
using System.Text;

namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// Decodes character and entity references for the lenient reader: the five XML entities,
/// entities the document's internal subset declares (expanded with a budget, never external), the
/// HTML named entities feeds use without declaring them, and numeric references. A bare "&amp;"
/// that starts no reference stays literal, as in HTML.
/// </summary>
internal sealed class EntityDecoder
{
    /// <summary>Nesting depth of internal entities expanded inside each other.</summary>
    private const int MaxEntityDepth = 8;

    /// <summary>
    /// Entities whose HTML 5 value differs from HTML 4 / XHTML 1.0. Feeds predate HTML 5 and mean
    /// the XHTML 1.0 entity sets, so those values win for undeclared entities.
    /// </summary>
    private static readonly Dictionary<string, string> Html4Differences = new(StringComparer.Ordinal)
    {
        ["lang"] = "\u2329",
        ["rang"] = "\u232A",
    };

    private readonly Dictionary<string, string>? _declared;
    private long _budget = StrictXmlReader.MaxCharactersFromEntities;

    public EntityDecoder(Dictionary<string, string>? declared) => _declared = declared;

    /// <summary>True once a reference could not be decoded or the expansion budget ran out.</summary>
    public bool HadProblem { get; private set; }

    public void Append(StringBuilder sb, ReadOnlySpan<char> text) => Append(sb, text, 0);

    public string Decode(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('&') < 0)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        Append(sb, text, 0);
        return sb.ToString();
    }

    private void Append(StringBuilder sb, ReadOnlySpan<char> text, int depth)
    {
        while (text.Length > 0)
        {
            var amp = text.IndexOf('&');
            if (amp < 0)
            {
                sb.Append(text);
                return;
            }

            sb.Append(text[..amp]);
            text = text[amp..];
            var consumed = TryReference(sb, text, depth);
            if (consumed == 0)
            {
                sb.Append('&');
                consumed = 1;
            }

            text = text[consumed..];
        }
    }

    /// <summary>Appends the decoded reference at the start of <paramref name="text"/>; returns its length, or 0 when it is not one.</summary>
    private int TryReference(StringBuilder sb, ReadOnlySpan<char> text, int depth)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        if (text[1] == '#')
        {
            return NumericReference(sb, text);
        }

        var end = 1;
        while (end < text.Length && end < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.' or ':'))
        {
            end++;
        }

        if (end == 1 || end >= text.Length || text[end] != ';')
        {
            return 0;
        }

        var name = text[1..end].ToString();
        switch (name)
        {
            case "amp": sb.Append('&'); return end + 1;
            case "lt": sb.Append('<'); return end + 1;
            case "gt": sb.Append('>'); return end + 1;
            case "quot": sb.Append('"'); return end + 1;
            case "apos": sb.Append('\''); return end + 1;
        }

        if (_declared is not null && _declared.TryGetValue(name, out var value))
        {
            if (depth >= MaxEntityDepth || _budget - value.Length < 0)
            {
                HadProblem = true;
                return end + 1;
            }

            _budget -= value.Length;
            Append(sb, value, depth + 1);
            return end + 1;
        }

        if (Html4Differences.TryGetValue(name, out var html4))
        {
            sb.Append(html4);
            return end + 1;
        }

        var symbol = AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(name + ";");
        if (!string.IsNullOrEmpty(symbol))
        {
            sb.Append(symbol);
            return end + 1;
        }

        HadProblem = true;
        return 0;
    }

    private int NumericReference(StringBuilder sb, ReadOnlySpan<char> text)
    {
        var hex = text.Length > 2 && text[2] is 'x' or 'X';
        var start = hex ? 3 : 2;
        var end = start;
        while (end < text.Length && end - start < 8 && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        var ok = int.TryParse(text[start..end], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
        {
            sb.Append(char.ConvertFromUtf32(code));
        }
        else
        {
            sb.Append('\uFFFD');
            HadProblem = true;
        }

        return end < text.Length && text[end] == ';' ? end + 1 : end;
    }
}
