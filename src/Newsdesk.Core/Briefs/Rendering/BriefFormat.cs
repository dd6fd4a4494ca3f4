using System.Globalization;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Formatting shared by the renderers: dates, the metadata line, attributions, safe links.</summary>
public static class BriefFormat
{
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"[Opinion · ]Outlet · By Byline · 13 July 2025", leaving out what is unknown.</summary>
    public static string MetaLine(BriefItemView item)
    {
        var parts = new List<string>(4);
        if (item.Genre != ArticleGenre.Report)
        {
            parts.Add(item.Genre.ToString());
        }

        if (!string.IsNullOrWhiteSpace(item.Outlet))
        {
            parts.Add(item.Outlet);
        }

        if (!string.IsNullOrWhiteSpace(item.Byline) && !string.Equals(item.Byline, item.Outlet, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add("By " + item.Byline);
        }

        if (item.Published is { } published)
        {
            parts.Add(Date(published));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The URL when it is an absolute http(s) link, else null: nothing else is ever rendered as a link.</summary>
    public static string? SafeUrl(string? url) => WebLinks.SafeOrNull(url);

    /// <summary>
    /// "First reported by A · also carried by B, C · also reported by D": where the story comes
    /// from and who else has it; empty when the item's own outlet is the whole story.
    /// </summary>
    public static string SourcesLine(BriefItemView item)
    {
        var parts = new List<string>(3);
        var original = string.IsNullOrWhiteSpace(item.OriginalOutlet) ? null : item.OriginalOutlet.Trim();
        if (original is not null && (item.AlsoCarriedBy.Count > 0 || item.AlsoReportedBy.Count > 0 || !string.Equals(original, item.Outlet, StringComparison.Ordinal)))
        {
            parts.Add("First reported by " + original);
        }

        if (item.AlsoCarriedBy.Count > 0)
        {
            parts.Add("also carried by " + string.Join(", ", item.AlsoCarriedBy));
        }

        if (item.AlsoReportedBy.Count > 0)
        {
            parts.Add("also reported by " + string.Join(", ", item.AlsoReportedBy));
        }

        return parts.Count == 0 ? "" : char.ToUpperInvariant(parts[0][0]) + string.Join(" · ", parts)[1..];
    }

    /// <summary>
    /// A summary as runs of consecutive sentences from one article, each run followed by its
    /// source, so every sentence is cited: a one-article summary cites once, a story's at every
    /// change of article. The link is null unless it is http(s).
    /// </summary>
    public static IReadOnlyList<(string Text, string Source, string? Url)> Citations(IReadOnlyList<CitedSentence> summary)
    {
        var runs = new List<(string, string, string?)>();
        for (var i = 0; i < summary.Count;)
        {
            var j = i;
            while (j + 1 < summary.Count && summary[j + 1].ArticleId == summary[i].ArticleId)
            {
                j++;
            }

            var text = string.Join(' ', summary.Skip(i).Take(j - i + 1).Select(s => OneLine(s.Text)));
            runs.Add((text, SourceName(summary[i]), SafeUrl(summary[i].Url)));
            i = j + 1;
        }

        return runs;
    }

    /// <summary>The outlet, else the link's host, else the article's headline.</summary>
    public static string SourceName(CitedSentence sentence) =>
        !string.IsNullOrWhiteSpace(sentence.Outlet) ? sentence.Outlet.Trim()
        : SafeUrl(sentence.Url) is { } url ? new Uri(url).Host
        : sentence.ArticleTitle;

    /// <summary>What a disputed figure counts: "troops", "expected troops", "money (USD)".</summary>
    public static string FigureLabel(FigureDisagreement d) =>
        (d.Expected ? "expected " : "")
        + (d.Thing.Length > 0 ? d.Thing : d.Kind.ToString().ToLowerInvariant())
        + (d.Unit.Length > 0 && d.Kind != FigureKind.Count ? " (" + d.Unit + ")" : "");

    /// <summary>
    /// "Peninsula Wire, Kestrel News Network": who states a value. Not on whose authority: the
    /// figure reader's source spans are too often cut ("per North Korea has sent an") for a brief.
    /// </summary>
    public static string ClaimSources(FigureClaim claim) => string.Join(", ", claim.Outlets);

    /// <summary>Collapses line breaks and runs of spaces to single spaces.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Speaker, Role, Outlet", leaving out what is unknown; empty when nothing is.</summary>
    public static string Attribution(BriefQuoteView quote) =>
        string.Join(", ", new[] { quote.Speaker, quote.SpeakerRole, quote.Outlet }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));

    /// <summary>An editor's text (intro, commentary) as paragraphs: blank lines separate them.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The headlines on one line ("A · B · C"), for feed summaries.</summary>
    public static string Headlines(BriefView brief) => string.Join(" · ", brief.Items.Select(i => i.Headline));
}
