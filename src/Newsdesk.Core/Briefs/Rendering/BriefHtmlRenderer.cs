using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>
/// Renders a brief as one self-contained HTML page that reads well in a browser and a mail client:
/// inline styles (mail clients drop style sheets), a single-column table-free layout that narrows
/// on phones, no scripts, no remote resources. Every text is HTML-encoded; only http(s) links are linked.
/// </summary>
public static class BriefHtmlRenderer
{
    private const string Body = "margin:0;padding:0;background:#f4f1ea;color:#1d1d1b;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.55";
    private const string Page = "max-width:680px;margin:0 auto;padding:24px 20px;background:#ffffff";
    private const string Muted = "color:#6b6b66;font-family:Helvetica,Arial,sans-serif;font-size:13px";
    private const string SectionTitle = "font-family:Helvetica,Arial,sans-serif;font-size:13px;letter-spacing:0.08em;text-transform:uppercase;color:#8a1c1c;margin:28px 0 10px";
    private const string Link = "color:#1a4f8b";

    public static string Render(BriefView brief)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(brief.Title)).Append("</title>\n")
            .Append("<style>@media (max-width:600px){.page{padding:16px 12px !important}h1{font-size:24px !important}}</style>\n")
            .Append("</head>\n<body style=\"").Append(Body).Append("\">\n")
            .Append("<div class=\"page\" style=\"").Append(Page).Append("\">\n")
            .Append("<h1 style=\"font-size:30px;line-height:1.2;margin:0 0 4px\">").Append(E(brief.Title)).Append("</h1>\n")
            .Append("<p style=\"").Append(Muted).Append(";margin:0 0 16px\">").Append(E(BriefFormat.Date(brief.Date))).Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(brief.Intro))
        {
            sb.Append("<p>").Append(E(brief.Intro)).Append("</p>\n");
        }

        if (brief.Quotes.Count > 0)
        {
            sb.Append("<h2 style=\"").Append(SectionTitle).Append("\">Quotes of the day</h2>\n");
            foreach (var q in brief.Quotes)
            {
                sb.Append("<blockquote style=\"margin:0 0 14px;padding:0 0 0 14px;border-left:3px solid #8a1c1c;font-style:italic\">")
                    .Append("<p style=\"margin:0\">\u201C").Append(E(q.Text)).Append("\u201D</p>");
                if (q.Speaker is not null)
                {
                    sb.Append("<p style=\"").Append(Muted).Append(";font-style:normal;margin:4px 0 0\">\u2014 ").Append(E(BriefFormat.Attribution(q))).Append("</p>");
                }

                sb.Append("</blockquote>\n");
            }
        }

        sb.Append("<h2 style=\"").Append(SectionTitle).Append("\">Headlines</h2>\n<ol style=\"padding-left:24px;margin:0\">\n");
        foreach (var item in brief.Items)
        {
            sb.Append("<li style=\"margin:0 0 6px\"><a href=\"#item-").Append(item.Number).Append("\" style=\"").Append(Link).Append(";text-decoration:none\">")
                .Append(E(item.Headline)).Append("</a></li>\n");
        }

        sb.Append("</ol>\n");
        foreach (var item in brief.Items)
        {
            RenderItem(sb, item);
        }

        sb.Append("</div>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void RenderItem(StringBuilder sb, BriefItemView item)
    {
        sb.Append("<div id=\"item-").Append(item.Number).Append("\" style=\"border-top:1px solid #ddd8cc;margin-top:24px;padding-top:16px\">\n")
            .Append("<h3 style=\"font-size:21px;line-height:1.3;margin:0 0 6px\">").Append(item.Number).Append(". ");
        var url = BriefFormat.SafeUrl(item.Url);
        if (url is not null)
        {
            sb.Append("<a href=\"").Append(E(url)).Append("\" style=\"").Append(Link).Append("\">").Append(E(item.Headline)).Append("</a>");
        }
        else
        {
            sb.Append(E(item.Headline));
        }

        sb.Append("</h3>\n");
        var meta = BriefFormat.MetaLine(item);
        if (meta.Length > 0)
        {
            sb.Append("<p style=\"").Append(Muted).Append(";margin:0 0 4px\">").Append(E(meta)).Append("</p>\n");
        }

        if (url is not null)
        {
            sb.Append("<p style=\"").Append(Muted).Append(";margin:0 0 10px;word-break:break-all\"><a href=\"").Append(E(url)).Append("\" style=\"").Append(Link).Append("\">")
                .Append(E(url)).Append("</a></p>\n");
        }

        if (!string.IsNullOrWhiteSpace(item.Commentary))
        {
            sb.Append("<div style=\"background:#f7f3e8;border-left:3px solid #c9a227;padding:8px 12px;margin:10px 0\">");
            var first = true;
            foreach (var para in item.Commentary.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                sb.Append("<p style=\"margin:4px 0\">");
                if (first)
                {
                    sb.Append("<strong style=\"font-family:Helvetica,Arial,sans-serif;font-size:13px\">Editor:</strong> ");
                    first = false;
                }

                sb.Append(E(para)).Append("</p>");
            }

            sb.Append("</div>\n");
        }

        if (item.Summary is { Count: > 0 } summary)
        {
            // Each run of sentences is followed by the article it comes from.
            sb.Append("<p style=\"margin:8px 0\">");
            foreach (var (text, source, sourceUrl) in BriefFormat.Citations(summary))
            {
                sb.Append(E(text)).Append(" <span style=\"").Append(Muted).Append("\">(");
                if (sourceUrl is not null)
                {
                    sb.Append("<a href=\"").Append(E(sourceUrl)).Append("\" style=\"").Append(Link).Append("\">").Append(E(source)).Append("</a>");
                }
                else
                {
                    sb.Append(E(source));
                }

                sb.Append(")</span> ");
            }

            sb.Length--;
            sb.Append("</p>\n");
        }

        foreach (var block in item.Excerpt)
        {
            sb.Append(block.Kind switch
            {
                BlockKind.Quote => "<blockquote style=\"margin:8px 0 8px 12px;font-style:italic\">" + E(block.Text) + "</blockquote>\n",
                BlockKind.BulletItem or BlockKind.NumberedItem => "<p style=\"margin:4px 0 4px 16px\">\u2022 " + E(block.Text) + "</p>\n",
                _ => "<p style=\"margin:8px 0\">" + E(block.Text) + "</p>\n",
            });
        }

        sb.Append("</div>\n");
    }

    /// <summary>Encodes markup characters and quotes; letters of every script stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);
}
