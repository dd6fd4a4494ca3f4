using System.Globalization;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Formatting shared by the renderers: dates, the metadata line, safe links.</summary>
public static class BriefFormat
{
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Outlet · Byline · 13 July 2025", leaving out what is unknown.</summary>
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
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    public static string Attribution(BriefQuoteView quote) =>
        quote.Speaker is null ? "" : quote.SpeakerRole is null ? quote.Speaker : $"{quote.Speaker}, {quote.SpeakerRole}";
}
