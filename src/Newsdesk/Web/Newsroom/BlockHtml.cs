using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Publishing;

namespace Newsdesk.Web.Newsroom;

/// <summary>
/// Renders an article body from its blocks. Every character of text is HTML-encoded and links
/// become anchors only when they are http/https, so nothing in an article can run in the reader.
/// </summary>
internal static class BlockHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static IHtmlContent Render(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        string? openList = null;
        foreach (var block in blocks)
        {
            var list = block.Kind switch
            {
                BlockKind.BulletItem => "ul",
                BlockKind.NumberedItem => "ol",
                _ => null,
            };
            if (openList != list)
            {
                if (openList is not null)
                {
                    sb.Append("</").Append(openList).Append('>');
                }

                if (list is not null)
                {
                    sb.Append('<').Append(list).Append('>');
                }

                openList = list;
            }

            var (open, close) = block.Kind switch
            {
                BlockKind.Heading => ($"<h{Math.Clamp(block.Level == 0 ? 2 : block.Level, 2, 4)}>", $"</h{Math.Clamp(block.Level == 0 ? 2 : block.Level, 2, 4)}>"),
                BlockKind.Quote => ("<blockquote><p>", "</p></blockquote>"),
                BlockKind.BulletItem or BlockKind.NumberedItem => ("<li>", "</li>"),
                BlockKind.Caption => ("<p class=\"caption\">", "</p>"),
                BlockKind.Preformatted => ("<pre>", "</pre>"),
                _ => ("<p>", "</p>"),
            };
            sb.Append(open);
            AppendText(sb, block);
            sb.Append(close);
        }

        if (openList is not null)
        {
            sb.Append("</").Append(openList).Append('>');
        }

        return new HtmlString(sb.ToString());
    }

    private static void AppendText(StringBuilder sb, Block block)
    {
        var text = block.Text;
        var links = (block.Links ?? []).Where(l => l.Start >= 0 && l.Length > 0 && l.Start + l.Length <= text.Length)
            .OrderBy(l => l.Start).ToList();
        var at = 0;
        foreach (var link in links)
        {
            if (link.Start < at)
            {
                continue;
            }

            sb.Append(Encoder.Encode(text[at..link.Start]));
            var label = Encoder.Encode(text.Substring(link.Start, link.Length));
            if (WebLinks.SafeOrNull(link.Href) is { } href)
            {
                sb.Append("<a href=\"").Append(Encoder.Encode(href)).Append("\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">").Append(label).Append("</a>");
            }
            else
            {
                sb.Append(label);
            }

            at = link.Start + link.Length;
        }

        sb.Append(Encoder.Encode(text[at..]));
    }
}
