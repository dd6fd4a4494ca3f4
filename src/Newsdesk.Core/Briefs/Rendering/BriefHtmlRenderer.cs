using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>
/// Renders a brief as HTML, in two forms built by the same code:
/// <see cref="Render"/>, one self-contained page that reads well in a browser and a mail client
/// (inline styles, because mail clients drop style sheets; a single-column table-free layout that
/// narrows on phones; no scripts, no remote resources), for brief.html, the email and its preview;
/// <see cref="RenderFragment"/>, the same body with class hooks and no styles, for the archive
/// page and the web preview (styled by the newsroom's style sheet, whose policy forbids inline
/// styles) and for feed entries. Every text is HTML-encoded; only http(s) links are linked.
/// </summary>
public static class BriefHtmlRenderer
{
    private const string Body = "margin:0;padding:0;background:#f4f1ea;color:#1d1d1b;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.55";
    private const string Page = "max-width:680px;margin:0 auto;padding:24px 20px;background:#ffffff";
    private const string Muted = "color:#6b6b66;font-family:Helvetica,Arial,sans-serif;font-size:13px";
    private const string SectionTitle = "font-family:Helvetica,Arial,sans-serif;font-size:13px;letter-spacing:0.08em;text-transform:uppercase;color:#8a1c1c;margin:28px 0 10px";
    private const string Link = "color:#1a4f8b";

    /// <summary>The whole page; <paramref name="webUrl"/> links to the published brief when it is known.</summary>
    public static string Render(BriefView brief, string? webUrl = null)
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
        new Writer(sb, styled: true).Body(brief);
        if (BriefFormat.SafeUrl(webUrl) is { } link)
        {
            sb.Append("<p style=\"").Append(Muted).Append(";margin:28px 0 0\">Read this brief on the web: <a href=\"").Append(E(link)).Append("\" style=\"").Append(Link).Append("\">")
                .Append(E(link)).Append("</a></p>\n");
        }

        sb.Append("</div>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The brief's body (intro, quotes, headlines, items) without document, title or styles.</summary>
    public static string RenderFragment(BriefView brief)
    {
        var sb = new StringBuilder();
        new Writer(sb, styled: false).Body(brief);
        return sb.ToString();
    }

    /// <summary>Encodes markup characters and quotes; letters of every script stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    /// <summary>Writes the body once for both forms: class hooks always, inline styles only for the page.</summary>
    private sealed class Writer(StringBuilder sb, bool styled)
    {
        public void Body(BriefView brief)
        {
            var intro = BriefFormat.Paragraphs(brief.Intro);
            if (intro.Count > 0)
            {
                Open("div", "brief-intro", "");
                foreach (var para in intro)
                {
                    Open("p", null, "margin:0 0 12px").Append(E(para)).Append("</p>");
                }

                sb.Append("</div>\n");
            }

            if (brief.Quotes.Count > 0)
            {
                Open("div", "brief-quotes", "");
                Open("h2", "section", SectionTitle).Append("Quotes of the day</h2>\n");
                foreach (var q in brief.Quotes)
                {
                    Open("blockquote", "quote", "margin:0 0 14px;padding:0 0 0 14px;border-left:3px solid #8a1c1c;font-style:italic");
                    Open("p", null, "margin:0").Append('\u201C').Append(E(q.Text)).Append("\u201D</p>");
                    if (BriefFormat.Attribution(q) is { Length: > 0 } who)
                    {
                        Open("p", "who", Muted + ";font-style:normal;margin:4px 0 0").Append("\u2014 ").Append(E(who)).Append("</p>");
                    }

                    sb.Append("</blockquote>\n");
                }

                sb.Append("</div>\n");
            }

            if (brief.Items.Count == 0)
            {
                return;
            }

            Open("div", "brief-headlines", "");
            Open("h2", "section", SectionTitle).Append("Headlines</h2>\n");
            Open("ol", null, "padding-left:24px;margin:0").Append('\n');
            foreach (var item in brief.Items)
            {
                Open("li", null, "margin:0 0 6px").Append("<a href=\"#item-").Append(item.Number).Append('"').Append(Style(Link + ";text-decoration:none")).Append('>')
                    .Append(E(item.Headline)).Append("</a></li>\n");
            }

            sb.Append("</ol>\n</div>\n");
            foreach (var item in brief.Items)
            {
                Item(item);
            }
        }

        private void Item(BriefItemView item)
        {
            sb.Append("<div id=\"item-").Append(item.Number).Append("\" class=\"brief-item\"").Append(Style("border-top:1px solid #ddd8cc;margin-top:24px;padding-top:16px")).Append(">\n");
            Open("h3", null, "font-size:21px;line-height:1.3;margin:0 0 6px").Append("<span class=\"num\">").Append(item.Number).Append(".</span> ");
            var url = BriefFormat.SafeUrl(item.Url);
            if (url is not null)
            {
                LinkTo(url).Append(E(item.Headline)).Append("</a>");
            }
            else
            {
                sb.Append(E(item.Headline));
            }

            sb.Append("</h3>\n");
            var meta = BriefFormat.MetaLine(item);
            if (meta.Length > 0)
            {
                Open("p", "meta", Muted + ";margin:0 0 4px").Append(E(meta)).Append("</p>\n");
            }

            var sources = BriefFormat.SourcesLine(item);
            if (sources.Length > 0)
            {
                Open("p", "sources", Muted + ";margin:0 0 4px").Append(E(sources)).Append("</p>\n");
            }

            if (url is not null)
            {
                Open("p", "link", Muted + ";margin:0 0 10px;word-break:break-all");
                LinkTo(url).Append(E(url)).Append("</a></p>\n");
            }

            var commentary = BriefFormat.Paragraphs(item.Commentary);
            if (commentary.Count > 0)
            {
                Open("div", "commentary", "background:#f7f3e8;border-left:3px solid #c9a227;padding:8px 12px;margin:10px 0");
                for (var i = 0; i < commentary.Count; i++)
                {
                    Open("p", null, "margin:4px 0");
                    if (i == 0)
                    {
                        Open("strong", null, "font-family:Helvetica,Arial,sans-serif;font-size:13px").Append("Editor\u2019s note:</strong> ");
                    }

                    sb.Append(E(commentary[i])).Append("</p>");
                }

                sb.Append("</div>\n");
            }

            if (item.Summary.Count > 0)
            {
                Summary(item.Summary);
            }

            foreach (var block in item.Excerpt)
            {
                switch (block.Kind)
                {
                    case BlockKind.Quote:
                        Open("blockquote", "excerpt", "margin:8px 0 8px 12px;font-style:italic").Append(E(block.Text)).Append("</blockquote>\n");
                        break;
                    case BlockKind.BulletItem or BlockKind.NumberedItem:
                        Open("p", "excerpt", "margin:4px 0 4px 16px").Append("\u2022 ").Append(E(block.Text)).Append("</p>\n");
                        break;
                    default:
                        Open("p", "excerpt", "margin:8px 0").Append(E(block.Text)).Append("</p>\n");
                        break;
                }
            }

            if (item.Figures.Count > 0)
            {
                Figures(item.Figures);
            }

            sb.Append("</div>\n");
        }

        /// <summary>The summary as one paragraph; every run of one article's sentences is followed by its citation.</summary>
        private void Summary(IReadOnlyList<CitedSentence> summary)
        {
            Open("p", "summary", "margin:8px 0");
            var first = true;
            foreach (var (text, source, sourceUrl) in BriefFormat.Citations(summary))
            {
                sb.Append(first ? "" : " ").Append(E(text)).Append(' ');
                Open("span", "cite", Muted).Append('(');
                if (sourceUrl is not null)
                {
                    LinkTo(sourceUrl).Append(E(source)).Append("</a>");
                }
                else
                {
                    sb.Append(E(source));
                }

                sb.Append(")</span>");
                first = false;
            }

            sb.Append("</p>\n");
        }

        /// <summary>One small table for all the figures the story's outlets disagree on: what, each value, who says so.</summary>
        private void Figures(IReadOnlyList<FigureDisagreement> disagreements)
        {
            const string Cell = "padding:4px 8px;border-bottom:1px solid #ddd8cc;text-align:left;vertical-align:top";
            Open("table", "figures", "border-collapse:collapse;margin:10px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px");
            Open("caption", null, Muted + ";text-align:left;padding:0 0 4px").Append("Figures the outlets disagree on</caption>\n");
            Open("thead", null, "").Append("<tr>");
            foreach (var head in new[] { "What", "Figure", "Reported by" })
            {
                Open("th", null, Cell).Append(head).Append("</th>");
            }

            sb.Append("</tr></thead>\n");
            Open("tbody", null, "");
            foreach (var d in disagreements)
            {
                for (var i = 0; i < d.Claims.Count; i++)
                {
                    sb.Append("<tr>");
                    Open("td", null, Cell).Append(i == 0 ? E(BriefFormat.FigureLabel(d)) : "").Append("</td>");
                    Open("td", null, Cell).Append(E(d.Claims[i].Text)).Append("</td>");
                    Open("td", null, Cell).Append(E(BriefFormat.ClaimSources(d.Claims[i]))).Append("</td>");
                    sb.Append("</tr>\n");
                }
            }

            sb.Append("</tbody></table>\n");
        }

        private StringBuilder Open(string element, string? cssClass, string style)
        {
            sb.Append('<').Append(element);
            if (cssClass is not null)
            {
                sb.Append(" class=\"").Append(cssClass).Append('"');
            }

            return sb.Append(Style(style)).Append('>');
        }

        private StringBuilder LinkTo(string url) =>
            sb.Append("<a href=\"").Append(E(url)).Append("\" rel=\"noopener noreferrer nofollow\"").Append(Style(Link)).Append('>');

        private string Style(string style) => styled && style.Length > 0 ? " style=\"" + style + "\"" : "";
    }
}
