using System.Globalization;
using System.Text;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Core.Publishing;

/// <summary>Renders a brief as plain text: the email's text part and feed summaries.</summary>
public static class BriefTextRenderer
{
    public static string Render(BriefDocument brief)
    {
        var sb = new StringBuilder();
        sb.Append(brief.Title).Append('\n').Append(brief.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(brief.Intro))
        {
            sb.Append(brief.Intro.Trim()).Append("\n\n");
        }

        if (brief.Quotes.Count > 0)
        {
            sb.Append("Quotes of the Day:\n");
            foreach (var q in brief.Quotes)
            {
                sb.Append('"').Append(q.Text).Append("\"\n");
                var who = BriefEmailRenderer.Attribution(q);
                if (who.Length > 0)
                {
                    sb.Append("– ").Append(who).Append('\n');
                }
            }

            sb.Append('\n');
        }

        foreach (var item in brief.Items)
        {
            sb.Append(item.Number).Append(". ").Append(item.Headline).Append('\n');
        }

        foreach (var item in brief.Items)
        {
            sb.Append('\n').Append(item.Number).Append(". ").Append(item.Headline).Append('\n');
            if (!string.IsNullOrWhiteSpace(item.Commentary))
            {
                sb.Append(item.Commentary.Trim()).Append('\n');
            }

            var meta = BriefEmailRenderer.Meta(item);
            if (meta.Length > 0)
            {
                sb.Append(meta).Append('\n');
            }

            if (item.Url is not null)
            {
                sb.Append(item.Url).Append('\n');
            }

            foreach (var para in item.Excerpt)
            {
                sb.Append(para).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>One line naming the headlines, for feed summaries.</summary>
    public static string Headlines(BriefDocument brief) =>
        string.Join(" · ", brief.Items.Select(i => i.Headline));
}
