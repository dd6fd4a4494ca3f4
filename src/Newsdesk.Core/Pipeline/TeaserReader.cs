using Microsoft.Extensions.Logging;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Reads the full article for a feed entry that carries only a teaser: the entry's page is fetched
/// (when the site's robots.txt allows Newsdesk) and the <see cref="ArticleExtractor"/> reads it with
/// the source's keep/remove selectors. The feed's own metadata wins; the page fills the gaps.
/// Any failure keeps the teaser: a page that cannot be read is not a failing source.
/// </summary>
public sealed class TeaserReader(PageFetcher fetcher, RobotsCache robots, ArticleExtractor extractor, ILogger<TeaserReader> logger)
{
    /// <summary>Pages fetched per check of one source at most (newest entries first): with the default
    /// 1 s per-host delay, a new 50-entry teaser feed would otherwise hold a worker for a minute.</summary>
    public const int MaxPagesPerCheck = 10;

    public async Task<ArticleDraft> ExpandAsync(ArticleDraft draft, Source source, CancellationToken ct)
    {
        if (!Uri.TryCreate(draft.Url, UriKind.Absolute, out var url))
        {
            return draft;
        }

        if (!await robots.IsAllowedAsync(url, ct))
        {
            PipelineLog.RobotsDisallowed(logger, url);
            return draft;
        }

        var page = await fetcher.FetchAsync(new FetchRequest(url) { Accept = FetchRequest.PageAccept }, ct);
        if (!page.IsOk)
        {
            PipelineLog.PageNotRead(logger, url, page.Message);
            return draft;
        }

        var read = extractor.Extract(page.Body, page.FinalUrl, page.Charset, SiteRules.For(source));
        if (read.IsEmpty || ArticleBody.CountWords(read.Blocks) <= ArticleBody.CountWords(draft.Blocks))
        {
            PipelineLog.PageNotRead(logger, url, read.Error ?? "the page holds no more text than the feed");
            return draft;
        }

        return draft with
        {
            Blocks = read.Blocks,
            CanonicalUrl = draft.CanonicalUrl ?? read.CanonicalUrl,
            Byline = draft.Byline ?? (read.Bylines.Count == 0 ? null : string.Join(", ", read.Bylines)),
            PublishedAt = draft.PublishedAt ?? read.Published,
            ModifiedAt = draft.ModifiedAt ?? read.Modified,
            Language = draft.Language ?? read.Language,
            Section = draft.Section ?? read.Section,
            LeadImageUrl = draft.LeadImageUrl ?? read.LeadImageUrl,
        };
    }
}
