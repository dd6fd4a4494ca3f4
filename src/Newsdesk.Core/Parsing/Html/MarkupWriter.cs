using System.Text;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Html;

/// <summary>
/// Serialises inline markup found inside a feed element (Atom xhtml content, RSS xhtml:body,
/// naked HTML in a description) to an HTML string, without namespace declarations, resolving
/// relative URI attributes against the xml:base in force on each element.
/// </summary>
internal static class MarkupWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The children of <paramref name="element"/> as HTML.</summary>
    public static string InnerHtml(ParsedElement element)
    {
        var sb = new StringBuilder();
        foreach (var child in element.Children)
        {
            Write(sb, child);
        }

        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object node)
    {
        if (node is string text)
        {
            AppendEscaped(sb, text, attribute: false);
            return;
        }

        var e = (ParsedElement)node;
        var name = e.Ns is Ns.Xhtml or Ns.None || e.Prefix is null ? e.LocalName : e.Prefix + ":" + e.LocalName;
        sb.Append('<').Append(name);
        foreach (var a in e.Attributes)
        {
            if (a.Ns is Ns.Xml or Ns.Xmlns)
            {
                continue;
            }

            var value = a.Value;
            if (UriAttributes.IsUri(e.LocalName, a.LocalName) && e.Base is not null && !UriResolver.IsScript(value))
            {
                value = UriResolver.Resolve(e.Base, value);
            }

            sb.Append(' ').Append(a.LocalName).Append("=\"");
            AppendEscaped(sb, value, attribute: true);
            sb.Append('"');
        }

        if (VoidElements.Contains(e.LocalName) && e.Children.Count == 0)
        {
            sb.Append(" />");
            return;
        }

        sb.Append('>');
        foreach (var child in e.Children)
        {
            Write(sb, child);
        }

        sb.Append("</").Append(name).Append('>');
    }

    private static void AppendEscaped(StringBuilder sb, string text, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
