using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Reads a fetched feed and hands its new entries (unknown guid for this source) to the
/// <see cref="ArticleIngestor"/>, oldest first. Entries already stored are left alone, so a feed
/// re-read costs one query, not one page fetch per entry. Preparing (parse, lookups) and storing
/// are separate steps so only the store step needs the <see cref="StoreWriteGate"/>.
/// </summary>
public sealed class FeedEntryIngestor(NewsdeskDb db, FeedParser parser, ArticleIngestor ingestor, TeaserReader teasers)
{
    public async Task<FeedBatch> PrepareAsync(Source source, FetchResult fetch, CancellationToken ct)
    {
        var feed = Parse(parser, fetch);
        if (feed.Format == FeedFormat.Unknown)
        {
            return new FeedBatch(source, [], [], NotAFeed(fetch, feed), null);
        }

        if (string.IsNullOrWhiteSpace(source.Title) && feed.Title is { } title)
        {
            source.Title = Truncate(title.Value.Trim(), 512);
        }

        source.SiteUrl ??= feed.Link is { Length: <= 2048 } link ? link : null;
        var dates = feed.Entries.Select(e => (e.Published ?? e.Updated)?.Value).OfType<DateTimeOffset>().ToList();

        var byGuid = new Dictionary<string, FeedEntry>(StringComparer.Ordinal);
        foreach (var entry in feed.Entries)
        {
            byGuid.TryAdd(FeedEntryDrafts.GuidOf(entry), entry);
        }

        var guids = byGuid.Keys.ToList();
        var known = (await db.Articles.AsNoTracking()
            .Where(a => a.SourceId == source.Id && a.FeedGuid != null && guids.Contains(a.FeedGuid))
            .Select(a => a.FeedGuid!)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var drafts = new List<ArticleDraft>();
        foreach (var (guid, entry) in byGuid.Where(p => !known.Contains(p.Key)))
        {
            drafts.Add(FeedEntryDrafts.ToDraft(entry, guid, source, feed, fetch.FinalUrl));
        }

        // Entries with only a teaser get their page read, newest first, up to the per-check cap.
        var teaserIndexes = drafts.Select((d, i) => (Draft: d, Index: i)).Where(x => FeedEntryDrafts.IsTeaser(x.Draft))
            .OrderByDescending(x => x.Draft.PublishedAt).Take(TeaserReader.MaxPagesPerCheck).Select(x => x.Index).ToList();
        foreach (var i in teaserIndexes)
        {
            drafts[i] = await teasers.ExpandAsync(drafts[i], source, ct);
        }

        drafts.Sort((a, b) => Nullable.Compare(a.PublishedAt, b.PublishedAt));
        var warning = feed.WellFormed ? null : "Read despite a problem: " + feed.Problem;
        return new FeedBatch(source, drafts, dates, null, warning);
    }

    /// <summary>Stores the batch's drafts (and the tracked source with them); returns how many were new.</summary>
    public async Task<int> StoreAsync(FeedBatch batch, CancellationToken ct)
    {
        var results = batch.Drafts.Count == 0 ? [] : await ingestor.IngestAsync(batch.Drafts, ct);
        return results.Count(r => r.Status == IngestStatus.Added);
    }

    /// <summary>Parses a fetched body with its HTTP content type (charset included) and final URL as base.</summary>
    public static ParsedFeed Parse(FeedParser parser, FetchResult fetch)
    {
        var contentType = fetch.MediaType is null ? null : fetch.Charset is null ? fetch.MediaType : $"{fetch.MediaType}; charset={fetch.Charset}";
        return parser.Parse(fetch.Body, new FeedContext(fetch.FinalUrl, contentType));
    }

    public static string NotAFeed(FetchResult fetch, ParsedFeed feed) =>
        $"Not a feed: {fetch.FinalUrl} is {fetch.MediaType ?? "of no stated type"}{(feed.Problem is null ? "" : " (" + feed.Problem + ")")}";

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
