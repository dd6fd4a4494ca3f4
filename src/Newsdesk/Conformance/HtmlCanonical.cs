using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Newsdesk.Conformance;

/// <summary>
/// The html_canonical() of the vectors' README: parse as a fragment, lower-case names, sort
/// attributes, decode references, treat &lt;x/&gt; as &lt;x&gt;&lt;/x&gt;, drop void end tags and
/// collapse whitespace runs. Two strings are html_equals when their canonical forms are equal.
/// </summary>
internal static class HtmlCanonical
{
    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        var document = Parser.ParseDocument("");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(sb, node);
        }

        return Collapse(sb.ToString());
    }

    private static void Write(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IElement e:
                var name = e.LocalName.ToLowerInvariant();
                sb.Append('<').Append(name);
                foreach (var a in e.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    sb.Append(' ').Append(a.Name.ToLowerInvariant()).Append("=\"").Append(a.Value).Append('"');
                }

                sb.Append('>');
                foreach (var child in e.ChildNodes)
                {
                    Write(sb, child);
                }

                if (!IsVoid(name))
                {
                    sb.Append("</").Append(name).Append('>');
                }

                break;
            case IText t:
                sb.Append(t.Data);
                break;
            case IComment c:
                sb.Append("<!--").Append(c.Data).Append("-->");
                break;
        }
    }

    private static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr";

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
