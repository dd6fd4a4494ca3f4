using System.Globalization;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Formatting shared by the renderers: dates, the metadata line, safe links.</summary>
public static class BriefFormat
{
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Outlet · Byline · 13 July 2025 · also carried by A, B", leaving out what is unknown.</summary>
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

        if (item.AlsoCarriedBy is { Count: > 0 } carriers)
        {
            parts.Add("also carried by " + string.Join(", ", carriers));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The URL when it is an absolute http(s) link, else null: nothing else is ever rendered as a link.</summary>
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>
    /// A summary as runs of consecutive sentences from one article, each run to be followed by its
    /// source: a one-article summary cites once, a story's cites at every change of article.
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

            var text = string.Join(' ', summary.Skip(i).Take(j - i + 1).Select(s => string.Join(' ', s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            runs.Add((text, SourceName(summary[i]), SafeUrl(summary[i].Url)));
            i = j + 1;
        }

        return runs;
    }

    /// <summary>The outlet, else the link's host, else the article's headline.</summary>
    public static string SourceName(CitedSentence sentence) =>
        !string.IsNullOrWhiteSpace(sentence.Outlet) ? sentence.Outlet
        : SafeUrl(sentence.Url) is { } url ? new Uri(url).Host
        : sentence.ArticleTitle;

    public static string Attribution(BriefQuoteView quote) =>
        quote.Speaker is null ? "" : quote.SpeakerRole is null ? quote.Speaker : $"{quote.Speaker}, {quote.SpeakerRole}";
}
