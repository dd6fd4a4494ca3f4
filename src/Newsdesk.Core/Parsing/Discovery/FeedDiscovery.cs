using AngleSharp.Html.Parser;
using Newsdesk.Core.Parsing.Uris;

namespace Newsdesk.Core.Parsing.Discovery;

/// <summary>
/// Finds the feeds a web page declares with &lt;link rel="alternate" type="application/rss+xml"&gt;
/// (and the JSON Feed and "feed" variants), resolved against the page's &lt;base&gt;. When the page
/// declares none, returns the conventional feed addresses of common blog and CMS engines as guesses
/// for the caller to probe.
/// </summary>
public static class FeedDiscovery
{
    /// <summary>Media types that announce a feed.</summary>
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
        "application/x.atom+xml", "application/x-atom+xml", "application/x-rss+xml", "text/rss+xml", "text/atom+xml",
    };

    /// <summary>Paths WordPress, Ghost, Hugo, Jekyll, Blogger and others serve their feed at; probed only as a last resort.</summary>
    private static readonly string[] GuessPaths = ["feed", "rss.xml", "atom.xml", "feed.xml", "index.xml", "rss", "feed.json", "?feed=rss2"];

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static IReadOnlyList<DiscoveredFeed> Find(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = Parser.ParseDocument(html ?? "");
        var baseUrl = pageUrl.OriginalString;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { Length: > 0 } declaredBase)
        {
            var resolved = UriResolver.Resolve(baseUrl, declaredBase);
            if (UriResolver.IsSafeBase(resolved))
            {
                baseUrl = resolved;
            }
        }

        var found = new List<DiscoveredFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isAlternate = rel.Any(r => r.Equals("alternate", StringComparison.OrdinalIgnoreCase));
            var isFeedRel = rel.Any(r => r.Equals("feed", StringComparison.OrdinalIgnoreCase));
            var type = link.GetAttribute("type")?.Split(';')[0].Trim();
            var typed = type is not null && FeedTypes.Contains(type);
            if (!(isAlternate && typed) && !(isFeedRel && (type is null || typed)))
            {
                continue;
            }

            if (rel.Any(r => r.Equals("stylesheet", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var href = UriResolver.Resolve(baseUrl, link.GetAttribute("href")!);
            if (!Uri.TryCreate(href, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || !seen.Add(url.AbsoluteUri))
            {
                continue;
            }

            var title = link.GetAttribute("title")?.Trim();
            found.Add(new DiscoveredFeed(url, string.IsNullOrEmpty(title) ? null : title, type?.ToLowerInvariant(), false));
        }

        if (found.Count == 0 && pageUrl.Scheme is "http" or "https")
        {
            foreach (var guess in Guesses(pageUrl))
            {
                if (seen.Add(guess.AbsoluteUri))
                {
                    found.Add(new DiscoveredFeed(guess, null, null, true));
                }
            }
        }

        return found;
    }

    private static IEnumerable<Uri> Guesses(Uri pageUrl)
    {
        var root = new Uri(pageUrl, "/");
        var directory = new Uri(pageUrl, "./");
        foreach (var path in GuessPaths)
        {
            if (directory != root)
            {
                yield return new Uri(directory, path);
            }

            yield return new Uri(root, path);
        }
    }
}
