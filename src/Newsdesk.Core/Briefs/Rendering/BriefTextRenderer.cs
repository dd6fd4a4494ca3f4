using System.Text;
using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Renders a brief as plain text wrapped at <see cref="Width"/> columns (mail's plain part, terminals).</summary>
public static class BriefTextRenderer
{
    /// <summary>72 columns: the plain-text mail convention, leaving room for quoting.</summary>
    public const int Width = 72;

    public static string Render(BriefView brief)
    {
        var sb = new StringBuilder();
        sb.Append(brief.Title).Append('\n').Append(new string('=', Math.Min(Width, brief.Title.Length))).Append('\n');
        sb.Append(BriefFormat.Date(brief.Date)).Append("\n\n");
        foreach (var para in BriefFormat.Paragraphs(brief.Intro))
        {
            Wrap(sb, para, "");
            sb.Append('\n');
        }

        if (brief.Quotes.Count > 0)
        {
            sb.Append("QUOTES OF THE DAY\n\n");
            foreach (var q in brief.Quotes)
            {
                Wrap(sb, "\u201C" + q.Text + "\u201D", "  ");
                if (BriefFormat.Attribution(q) is { Length: > 0 } who)
                {
                    Wrap(sb, "\u2014 " + who, "    ");
                }

                sb.Append('\n');
            }
        }

        sb.Append("HEADLINES\n\n");
        foreach (var item in brief.Items)
        {
            Wrap(sb, item.Number + ". " + item.Headline, "", hanging: new string(' ', item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 2));
        }

        foreach (var item in brief.Items)
        {
            sb.Append('\n').Append(new string('-', Width)).Append("\n\n");
            Wrap(sb, item.Number + ". " + item.Headline, "");
            var meta = BriefFormat.MetaLine(item);
            if (meta.Length > 0)
            {
                Wrap(sb, meta, "");
            }

            var sources = BriefFormat.SourcesLine(item);
            if (sources.Length > 0)
            {
                Wrap(sb, sources, "");
            }

            if (BriefFormat.SafeUrl(item.Url) is { } url)
            {
                sb.Append(url).Append('\n');
            }

            var commentary = BriefFormat.Paragraphs(item.Commentary);
            if (commentary.Count > 0)
            {
                sb.Append('\n');
                foreach (var para in commentary)
                {
                    Wrap(sb, para, "  > ");
                }
            }

            if (item.Summary.Count > 0)
            {
                sb.Append('\n');
                Wrap(sb, string.Join(' ', BriefFormat.Citations(item.Summary).Select(c => $"{c.Text} ({c.Source})")), "");
            }

            foreach (var block in item.Excerpt)
            {
                sb.Append('\n');
                Wrap(sb, block.Kind == BlockKind.Quote ? "\u201C" + block.Text + "\u201D" : block.Text, block.IsListItem ? "  - " : "", hanging: block.IsListItem ? "    " : null);
            }

            if (item.Figures.Count > 0)
            {
                sb.Append("\nFigures the outlets disagree on:\n");
                foreach (var d in item.Figures)
                {
                    Wrap(sb, BriefFormat.FigureLabel(d) + ":", "  ");
                    foreach (var claim in d.Claims)
                    {
                        Wrap(sb, claim.Text + " \u2014 " + BriefFormat.ClaimSources(claim), "    - ", hanging: "      ");
                    }
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Greedy word wrap; a word longer than the line (a URL) gets a line of its own.</summary>
    private static void Wrap(StringBuilder sb, string text, string prefix, string? hanging = null)
    {
        var indent = hanging ?? (prefix.Trim().Length > 0 ? prefix : new string(' ', prefix.Length));
        var line = new StringBuilder(prefix);
        var lineHasWord = false;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && line.Length + 1 + word.Length > Width)
            {
                sb.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(indent);
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWord = true;
        }

        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
