using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Renders a brief as Markdown; article text is escaped so it can never become markup.</summary>
public static partial class BriefMarkdownRenderer
{
    [GeneratedRegex(@"([\\`*_{}\[\]<>()#+!|~])", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"^(\s*)(\d+)\.(\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListStart();

    public static string Render(BriefView brief)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(brief.Title)).Append("\n\n");
        sb.Append('*').Append(BriefFormat.Date(brief.Date)).Append("*\n\n");
        foreach (var para in BriefFormat.Paragraphs(brief.Intro))
        {
            sb.Append(Escape(para)).Append("\n\n");
        }

        if (brief.Quotes.Count > 0)
        {
            sb.Append("## Quotes of the day\n\n");
            foreach (var q in brief.Quotes)
            {
                sb.Append("> \u201C").Append(Escape(q.Text)).Append("\u201D\n");
                if (BriefFormat.Attribution(q) is { Length: > 0 } who)
                {
                    sb.Append(">\n> \u2014 ").Append(Escape(who)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        sb.Append("## Headlines\n\n");
        foreach (var item in brief.Items)
        {
            sb.Append(item.Number).Append(". ").Append(Escape(item.Headline)).Append('\n');
        }

        foreach (var item in brief.Items)
        {
            sb.Append("\n---\n\n");
            sb.Append("### ").Append(item.Number).Append(". ").Append(Escape(item.Headline)).Append("\n\n");
            var meta = BriefFormat.MetaLine(item);
            if (meta.Length > 0)
            {
                sb.Append('*').Append(Escape(meta)).Append("*\n\n");
            }

            var sources = BriefFormat.SourcesLine(item);
            if (sources.Length > 0)
            {
                sb.Append(Escape(sources)).Append("\n\n");
            }

            if (BriefFormat.SafeUrl(item.Url) is { } url)
            {
                sb.Append(Destination(url)).Append("\n\n");
            }

            var commentary = BriefFormat.Paragraphs(item.Commentary);
            if (commentary.Count > 0)
            {
                sb.Append("> **Editor\u2019s note:** ").AppendJoin("\n>\n> ", commentary.Select(Escape)).Append("\n\n");
            }

            if (item.Summary.Count > 0)
            {
                sb.AppendJoin(' ', BriefFormat.Citations(item.Summary).Select(c => Escape(c.Text) + " (" + (c.Url is null
                    ? Escape(c.Source)
                    : "[" + Escape(c.Source) + "](" + Destination(c.Url) + ")") + ")")).Append("\n\n");
            }

            foreach (var block in item.Excerpt)
            {
                sb.Append(block.Kind switch
                {
                    BlockKind.Quote => "> " + Escape(block.Text),
                    BlockKind.BulletItem or BlockKind.NumberedItem => "- " + Escape(block.Text),
                    _ => Escape(block.Text),
                }).Append("\n\n");
            }

            if (item.Figures.Count > 0)
            {
                sb.Append("**Figures the outlets disagree on**\n\n| What | Figure | Reported by |\n|---|---|---|\n");
                foreach (var d in item.Figures)
                {
                    for (var i = 0; i < d.Claims.Count; i++)
                    {
                        sb.Append("| ").Append(i == 0 ? Escape(BriefFormat.FigureLabel(d)) : "").Append(" | ").Append(Escape(d.Claims[i].Text))
                            .Append(" | ").Append(Escape(BriefFormat.ClaimSources(d.Claims[i]))).Append(" |\n");
                    }
                }

                sb.Append('\n');
            }
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>An http(s) link in angle brackets, which nothing in it can close.</summary>
    private static string Destination(string safeUrl) =>
        "<" + safeUrl.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">";

    /// <summary>Backslash-escapes Markdown syntax, and a leading "12." that would start a list.</summary>
    public static string Escape(string text) =>
        OrderedListStart().Replace(Special().Replace(text, @"\$1"), "$1$2\\.$3");
}
