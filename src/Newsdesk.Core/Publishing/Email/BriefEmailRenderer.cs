using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>
/// Renders a brief as HTML: a self-contained email document with inline styles (mail clients drop
/// style sheets), or a plain fragment for feeds. Every text is HTML-encoded; links are http/https only.
/// </summary>
public static class BriefEmailRenderer
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The whole email body; <paramref name="webUrl"/> links to the archived page when known.</summary>
    public static string RenderEmail(BriefDocument brief, string? webUrl)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        sb.Append("<title>").Append(E(brief.Title)).Append("</title></head>");
        sb.Append("<body style=\"margin:0;padding:0;background:#f4f1ea;\">");
        sb.Append("<div style=\"max-width:640px;margin:0 auto;padding:24px 20px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;color:#1f1d1a;line-height:1.5;\">");
        sb.Append("<p style=\"margin:0;font:600 12px/1.4 Helvetica,Arial,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#8a6d3b;\">")
            .Append(E(brief.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture))).Append("</p>");
        sb.Append("<h1 style=\"margin:4px 0 16px;font-size:26px;line-height:1.2;\">").Append(E(brief.Title)).Append("</h1>");
        WriteBody(sb, brief, styled: true);
        if (WebLinks.SafeOrNull(webUrl) is { } link)
        {
            sb.Append("<p style=\"margin-top:28px;font:13px/1.4 Helvetica,Arial,sans-serif;color:#6b6760;\">Read this brief on the web: <a href=\"")
                .Append(E(link)).Append("\" style=\"color:#7a4b12;\">").Append(E(link)).Append("</a></p>");
        }

        sb.Append("</div></body></html>");
        return sb.ToString();
    }

    /// <summary>The brief's content without document or styles (feed entries).</summary>
    public static string RenderFragment(BriefDocument brief)
    {
        var sb = new StringBuilder();
        WriteBody(sb, brief, styled: false);
        return sb.ToString();
    }

    private static void WriteBody(StringBuilder sb, BriefDocument brief, bool styled)
    {
        string S(string css) => styled ? " style=\"" + css + "\"" : "";
        const string Sans = "font-family:Helvetica,Arial,sans-serif;";
        if (!string.IsNullOrWhiteSpace(brief.Intro))
        {
            foreach (var para in Paragraphs(brief.Intro))
            {
                sb.Append("<p").Append(S("margin:0 0 12px;font-size:17px;")).Append('>').Append(E(para)).Append("</p>");
            }
        }

        if (brief.Quotes.Count > 0)
        {
            sb.Append("<h2").Append(S(Sans + "font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#8a6d3b;margin:24px 0 8px;")).Append(">Quotes of the day</h2>");
            foreach (var q in brief.Quotes)
            {
                sb.Append("<blockquote").Append(S("margin:0 0 14px;padding:2px 0 2px 14px;border-left:3px solid #c9a86a;font-style:italic;")).Append('>')
                    .Append("<p").Append(S("margin:0;")).Append(">“").Append(E(q.Text)).Append("”</p>");
                var who = Attribution(q);
                if (who.Length > 0)
                {
                    sb.Append("<p").Append(S(Sans + "margin:4px 0 0;font-style:normal;font-size:13px;color:#6b6760;")).Append(">– ").Append(E(who)).Append("</p>");
                }

                sb.Append("</blockquote>");
            }
        }

        if (brief.Items.Count == 0)
        {
            return;
        }

        sb.Append("<h2").Append(S(Sans + "font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:#8a6d3b;margin:24px 0 8px;")).Append(">Headlines</h2>");
        sb.Append("<ol").Append(S("margin:0 0 8px;padding-left:22px;")).Append('>');
        foreach (var item in brief.Items)
        {
            sb.Append("<li").Append(S("margin:2px 0;")).Append("><a href=\"#item-").Append(item.Number).Append('"').Append(S("color:#1f1d1a;text-decoration:none;")).Append('>')
                .Append(E(item.Headline)).Append("</a></li>");
        }

        sb.Append("</ol>");
        foreach (var item in brief.Items)
        {
            sb.Append("<div id=\"item-").Append(item.Number).Append('"').Append(S("margin:22px 0 0;padding-top:16px;border-top:1px solid #e6e0d4;")).Append('>');
            sb.Append("<h3").Append(S("margin:0 0 4px;font-size:19px;line-height:1.3;")).Append('>').Append(item.Number).Append(". ");
            if (item.Url is not null)
            {
                sb.Append("<a href=\"").Append(E(item.Url)).Append('"').Append(S("color:#1f1d1a;")).Append('>').Append(E(item.Headline)).Append("</a>");
            }
            else
            {
                sb.Append(E(item.Headline));
            }

            sb.Append("</h3>");
            var meta = Meta(item);
            if (meta.Length > 0)
            {
                sb.Append("<p").Append(S(Sans + "margin:0 0 8px;font-size:13px;color:#6b6760;")).Append('>').Append(E(meta)).Append("</p>");
            }

            if (!string.IsNullOrWhiteSpace(item.Commentary))
            {
                sb.Append("<p").Append(S("margin:0 0 8px;padding:8px 12px;background:#fbf6ec;border-radius:4px;")).Append("><strong>Editor’s note:</strong> ")
                    .Append(E(item.Commentary)).Append("</p>");
            }

            foreach (var para in item.Excerpt)
            {
                sb.Append("<p").Append(S("margin:0 0 8px;")).Append('>').Append(E(para)).Append("</p>");
            }

            if (item.Url is not null)
            {
                sb.Append("<p").Append(S(Sans + "margin:0;font-size:13px;")).Append("><a href=\"").Append(E(item.Url)).Append('"').Append(S("color:#7a4b12;"))
                    .Append(">Read at ").Append(E(item.Outlet ?? new Uri(item.Url).Host)).Append(" →</a></p>");
            }

            sb.Append("</div>");
        }
    }

    public static string Meta(BriefDocumentItem item) => string.Join(" · ", new[]
    {
        item.Outlet, item.Byline, item.Date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Attribution(BriefDocumentQuote q) => string.Join(", ", new[] { q.Speaker, q.SpeakerRole, q.Outlet }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string E(string s) => Html.Encode(s);
}
