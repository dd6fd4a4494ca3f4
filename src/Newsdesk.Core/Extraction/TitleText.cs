namespace Newsdesk.Core.Extraction;

/// <summary>Strips the outlet's name from a &lt;title&gt; ("Markets fall - CNN", "CNN | Markets fall").</summary>
internal static class TitleText
{
    /// <summary>Separators between a headline and an outlet name in titles.</summary>
    private static readonly string[] Separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00BB ", " \u00B7 ", " // "];

    /// <summary>
    /// A part this short beside a separator is an outlet or section name, not headline
    /// ("Markets fall - CNN Business"). Headlines on the shared pages are longer than 40 characters.
    /// </summary>
    private const int MaxSiteNameChars = 40;

    public static string? WithoutSiteName(string? title, string? siteName)
    {
        var text = PageMetadata.Clean(title);
        if (text is null)
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last <= 0)
            {
                continue;
            }

            var head = text[..last].Trim();
            var tail = text[(last + separator.Length)..].Trim();
            if (siteName is not null && tail.Contains(siteName, StringComparison.OrdinalIgnoreCase))
            {
                return head;
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            if (siteName is not null && text[..first].Trim().Equals(siteName, StringComparison.OrdinalIgnoreCase))
            {
                return text[(first + separator.Length)..].Trim();
            }

            // Without a known name, the shorter part after the last separator is the outlet.
            if (tail.Length <= MaxSiteNameChars && tail.Length < head.Length)
            {
                return head;
            }
        }

        return text;
    }

    /// <summary>Strips a trailing or leading outlet name only when it is the known site name (for og:title and JSON-LD headlines).</summary>
    public static string? WithoutKnownSiteName(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrEmpty(siteName))
        {
            return title;
        }

        foreach (var separator in Separators)
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
            {
                return title[..^(separator.Length + siteName.Length)].Trim();
            }

            if (title.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + siteName.Length)
            {
                return title[(siteName.Length + separator.Length)..].Trim();
            }
        }

        return title;
    }
}
