using Newsdesk.Core.Extraction;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Importing;

/// <summary>
/// Reads a saved HTML page with <see cref="ArticleExtractor"/>, the same extraction as fetched
/// pages: the body as blocks, and the page's metadata (meta tags, JSON-LD, microdata) as the
/// draft's title, byline, dates, outlet, section and language.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>The extractor holds no state, so one serves every import.</summary>
    private static readonly ArticleExtractor Extractor = new();

    /// <returns>The draft, or null when the page is not HTML or has no title and no body text.</returns>
    public static ArticleDraft? Read(string html, string origin)
    {
        var result = Extractor.Extract(html, url: null);
        if (result.Error is not null || (result.IsEmpty && result.Title is null))
        {
            return null;
        }

        var draft = result.ToDraft(url: null, origin);

        // Pages without og:site_name still name their outlet by the host of their canonical link.
        return draft.Outlet is null && draft.Url is not null && Uri.TryCreate(draft.Url, UriKind.Absolute, out var uri)
            ? draft with { Outlet = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host }
            : draft;
    }
}
