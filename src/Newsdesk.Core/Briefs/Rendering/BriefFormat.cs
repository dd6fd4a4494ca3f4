using System.Globalization;
using Newsdesk.Core.Publishing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Formatting shared by the renderers: dates, the metadata line, attributions, safe links.</summary>
public static class BriefFormat
{
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Outlet · By Byline · 13 July 2025", leaving out what is unknown.</summary>
    public static string MetaLine(BriefItemView item)
    {
        var parts = new List<string>(3);
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
