using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Turns the HTML a feed entry carries (content:encoded, Atom content, a summary) into blocks:
/// paragraphs, headings, quotes, list items, captions and preformatted text. Markup, scripts,
/// styles and media are dropped; inline text is joined with normalised whitespace.
/// </summary>
public static class HtmlBlocks
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "object", "embed", "svg", "math", "template", "form", "button", "select", "textarea", "video", "audio",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "ul", "ol", "li", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "br",
    };

    public static IReadOnlyList<Block> FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var blocks = new List<Block>();
        var text = new StringBuilder();
        Walk(document.Body!, blocks, text, BlockKind.Paragraph, 0);
        Flush(blocks, text, BlockKind.Paragraph, 0);
        return blocks;
    }

    /// <summary>Plain text (a feed's text/plain summary): one paragraph per blank-line-separated part.</summary>
    public static IReadOnlyList<Block> FromText(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(Normalise).Where(t => t.Length > 0).Select(Block.Paragraph).ToList();

    private static void Walk(INode node, List<Block> blocks, StringBuilder text, BlockKind kind, int level)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (child is not IElement e || Dropped.Contains(e.LocalName))
            {
                continue;
            }

            var name = e.LocalName;
            if (!BlockLevel.Contains(name))
            {
                Walk(e, blocks, text, kind, level);
                continue;
            }

            Flush(blocks, text, kind, level);
            var (childKind, childLevel) = name switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => (BlockKind.Heading, name[1] - '0'),
                "blockquote" => (BlockKind.Quote, 0),
                "li" => (e.ParentElement?.LocalName == "ol" ? BlockKind.NumberedItem : BlockKind.BulletItem, 0),
                "figcaption" => (BlockKind.Caption, 0),
                "pre" => (BlockKind.Preformatted, 0),
                _ => (kind, level),
            };
            if (childKind == BlockKind.Preformatted)
            {
                var code = e.TextContent.Trim('\n');
                if (code.Trim().Length > 0)
                {
                    blocks.Add(new Block(BlockKind.Preformatted, code));
                }

                continue;
            }

            Walk(e, blocks, text, childKind, childLevel);
            Flush(blocks, text, childKind, childLevel);
        }
    }

    private static void Flush(List<Block> blocks, StringBuilder text, BlockKind kind, int level)
    {
        var value = Normalise(text.ToString());
        text.Clear();
        if (value.Length > 0)
        {
            blocks.Add(new Block(kind, value, kind == BlockKind.Heading ? level : 0));
        }
    }

    private static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
