using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Pipeline;

/// <summary>What happened to a draft handed to the store.</summary>
public enum IngestStatus
{
    Added,
    Unchanged,
    Updated,
    Rejected,
}

public sealed record IngestResult(IngestStatus Status, Article? Article, string? Reason = null);

/// <summary>
/// The one door every article comes through (imports, feeds, pages): identity, then storage.
/// Later stages (duplicates, stories, understanding) hook in here so every path gets them.
/// </summary>
public sealed class ArticleIngestor(NewsdeskDb db, TimeProvider clock, ArticleUnderstanding? understanding = null, AssignStory? stories = null)
{
    private readonly ArticleUnderstanding _understanding = understanding ?? ArticleUnderstanding.CreateDefault(db, clock);
    private readonly SummaryUpdater _summaries = new(db, clock);
    private readonly Dictionary<string, List<string>> _hostNames = new(StringComparer.Ordinal);

    /// <summary>Stores a batch of drafts in one transaction and says what happened to each.</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var results = new List<IngestResult>(drafts.Count);
        var looked = await PrefetchAsync(drafts, ct);

        // Staging reads the change tracker's local views (matches within the batch, an article's
        // earlier entities, figures and summary). With automatic detection every such read scans
        // every tracked entity, which made a batch quadratic (a third of an import's CPU); every
        // change here goes through Add/Remove or is found by the one detection SaveChanges makes.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var draft in drafts)
            {
                results.Add(await StageAsync(draft, looked, ct));
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        await db.SaveChangesAsync(ct); // detects the staged changes once, now that detection is back on
        IReadOnlyList<long> split = [];
        if (stories is not null)
        {
            split = await stories.AssignAsync(results.Where(r => r.Status == IngestStatus.Added).Select(r => r.Article!).ToList(), ct);
        }

        // New articles (copies included) and changed texts bring their figures to a story; a split takes some away.
        var touched = results.Where(r => r.Status is IngestStatus.Added or IngestStatus.Updated && r.Article!.StoryId is not null)
            .Select(r => r.Article!.StoryId!.Value).Concat(split).Distinct().ToList();
        await StoryFigureCheck.UpdateAsync(db, touched, ct);

        return results;
    }

    public async Task<IngestResult> IngestAsync(ArticleDraft draft, CancellationToken ct) =>
        (await IngestAsync([draft], ct))[0];

    /// <summary>
    /// Loads, in two queries, every stored article the batch's drafts could match by URL or by text,
    /// so that a draft needs no query of its own (one query per draft made imports of 10,000 files
    /// spend most of their time in round trips). Returns the identity keys looked up.
    /// </summary>
    private async Task<HashSet<string>> PrefetchAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (CanonicalOf(draft) is { } url)
            {
                urls.Add(url);
            }
            else
            {
                hashes.Add(HashOf(draft.Title.Trim(), ArticleBody.ToPlainText(draft.Blocks)));
            }
        }

        if (urls.Count > 0)
        {
            var list = urls.ToList();
            await db.Articles.Where(a => a.CanonicalUrl != null && list.Contains(a.CanonicalUrl)).LoadAsync(ct);
        }

        if (hashes.Count > 0)
        {
            var list = hashes.ToList();
            await db.Articles.Where(a => a.CanonicalUrl == null && list.Contains(a.ContentHash)).LoadAsync(ct);
        }

        return [.. urls.Select(u => "url:" + u), .. hashes.Select(h => "hash:" + h)];
    }

    private static string? CanonicalOf(ArticleDraft draft) =>
        UrlCanonicalizer.Canonicalize(draft.CanonicalUrl) ?? UrlCanonicalizer.Canonicalize(draft.Url);

    private static string HashOf(string title, string text) => TextFingerprint.Of(title + "\n" + text);

    private async Task<IngestResult> StageAsync(ArticleDraft draft, HashSet<string> looked, CancellationToken ct)
    {
        var title = draft.Title.Trim();
        var text = ArticleBody.ToPlainText(draft.Blocks);
        if (title.Length == 0 && text.Length == 0)
        {
            return new IngestResult(IngestStatus.Rejected, null, "no title and no text");
        }

        if (AttributionFinder.SelfCredit(draft.Outlet, text) is { } named)
        {
            draft = draft with { Outlet = named };
        }

        var canonical = CanonicalOf(draft);
        var hash = HashOf(title, text);
        var existing = await FindAsync(canonical, draft, hash, looked, ct);
        if (OutletNames.IsHost(draft.Outlet))
        {
            // An article stored under the outlet's name keeps it when read again by its address alone;
            // a new one takes the name the host's other articles carry.
            if (existing is { Outlet: { } stored } && !OutletNames.IsHost(stored))
            {
                draft = draft with { Outlet = stored };
            }
            else if (existing is null && await KnownNameAsync(draft.Outlet!, ct) is { } known)
            {
                draft = draft with { Outlet = known };
            }
        }

        if (existing is null)
        {
            var article = new Article { RetrievedAt = clock.GetUtcNow(), CanonicalUrl = canonical };
            Apply(article, draft, title, text, hash);
            db.Articles.Add(article);
            await _understanding.ApplyAsync(article, ct);
            await _summaries.StageArticleAsync(article, ct);
            return new IngestResult(IngestStatus.Added, article);
        }

        if (existing.ContentHash == hash && SameMetadata(existing, draft, title))
        {
            return new IngestResult(IngestStatus.Unchanged, existing);
        }

        // Two versions of one article from different inputs (a digest item and the saved page at
        // its address, two feeds linking one page): the richer text wins whichever came first, so
        // reading both again never flips the stored version between them.
        if (!SameOrigin(existing, draft) && !IsRicher(text, hash, existing))
        {
            // The stored text stays, but the editor's note the other input carries is kept with it
            // (a digest item's commentary and links for a page stored first).
            return Annotate(existing, draft) ? new IngestResult(IngestStatus.Updated, existing) : new IngestResult(IngestStatus.Unchanged, existing);
        }

        Apply(existing, draft, title, text, hash);
        await _understanding.ApplyAsync(existing, ct);
        await _summaries.StageArticleAsync(existing, ct);
        return new IngestResult(IngestStatus.Updated, existing);
    }

    /// <summary>
    /// The name the other articles at a host's addresses carry (the most common, latest 100), for an
    /// outlet known by its host alone; null when none is named. Hosts asked before are remembered for
    /// the ingestor's life, articles staged in the same batch are looked at each time.
    /// </summary>
    private async Task<string?> KnownNameAsync(string host, CancellationToken ct)
    {
        var prefix = OutletNames.CanonicalPrefix(host);
        if (!_hostNames.TryGetValue(prefix, out var stored))
        {
            stored = await db.Articles.AsNoTracking()
                .Where(a => a.CanonicalUrl != null && a.CanonicalUrl.StartsWith(prefix) && a.Outlet != null && a.Outlet != host)
                .OrderByDescending(a => a.Id).Select(a => a.Outlet!).Take(100).ToListAsync(ct);
            _hostNames[prefix] = stored;
        }

        var staged = db.Articles.Local.Where(a => a.CanonicalUrl != null && a.CanonicalUrl.StartsWith(prefix, StringComparison.Ordinal) && a.Outlet != null).Select(a => a.Outlet!);
        return stored.Concat(staged).Where(o => !OutletNames.IsHost(o))
            .GroupBy(o => o, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>
    /// The stored article a draft is, in order of evidence: 1. its canonical URL; 2. its feed entry id
    /// within the same source (a feed that moved the link); 3. the same normalised title and text
    /// from the same source or outlet (re-published at a new address). The same text from another
    /// outlet is a different article: a copy, which AssignStory links to its original.
    /// </summary>
    private async Task<Article?> FindAsync(string? canonical, ArticleDraft draft, string hash, HashSet<string> looked, CancellationToken ct)
    {
        // Drafts staged earlier in the same batch are not in the database yet.
        var local = db.Articles.Local.FirstOrDefault(a =>
            (canonical != null && a.CanonicalUrl == canonical)
            || (draft.FeedGuid != null && draft.SourceId != null && a.SourceId == draft.SourceId && a.FeedGuid == draft.FeedGuid)
            || (a.ContentHash == hash && SamePublisher(a, canonical, draft)));
        if (local is not null)
        {
            return local;
        }

        // Prefetched keys: had the article been stored, it would be in Local now.
        if (canonical is not null && !looked.Contains("url:" + canonical)
            && await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == canonical, ct) is { } byUrl)
        {
            return byUrl;
        }

        if (draft.FeedGuid is not null && draft.SourceId is not null
            && await db.Articles.FirstOrDefaultAsync(a => a.SourceId == draft.SourceId && a.FeedGuid == draft.FeedGuid, ct) is { } byGuid)
        {
            return byGuid;
        }

        if (canonical is null)
        {
            return looked.Contains("hash:" + hash) ? null : await db.Articles.FirstOrDefaultAsync(a => a.CanonicalUrl == null && a.ContentHash == hash, ct);
        }

        if (draft.SourceId is not null)
        {
            return await db.Articles.FirstOrDefaultAsync(a => a.ContentHash == hash && a.SourceId == draft.SourceId, ct);
        }

        return draft.Outlet is null ? null : await db.Articles.FirstOrDefaultAsync(a => a.ContentHash == hash && a.Outlet == draft.Outlet, ct);
    }

    /// <summary>True when the draft re-reads the input the stored version came from (the same file, feed or item), or either input is unknown.</summary>
    private static bool SameOrigin(Article a, ArticleDraft d) =>
        a.Origin is null || d.Origin is null || string.Equals(a.Origin, d.Origin, StringComparison.Ordinal);

    /// <summary>More text wins; equal lengths are settled by the content hash, so the choice never depends on arrival order.</summary>
    private static bool IsRicher(string text, string hash, Article a) =>
        text.Length != a.Text.Length ? text.Length > a.Text.Length : string.CompareOrdinal(hash, a.ContentHash) < 0;

    private static bool SamePublisher(Article a, string? canonical, ArticleDraft d) =>
        canonical == null
            ? a.CanonicalUrl == null
            : (d.SourceId != null && a.SourceId == d.SourceId) || (d.SourceId == null && d.Outlet != null && a.Outlet == d.Outlet);

    /// <summary>An input without commentary or extra links leaves the stored ones alone (see <see cref="Annotate"/>).</summary>
    private static bool SameMetadata(Article a, ArticleDraft d, string title) =>
        a.Title == title && a.Byline == d.Byline && a.Outlet == d.Outlet && a.PublishedAt == d.PublishedAt
        && (d.Commentary is null || a.Commentary == d.Commentary) && a.Url == d.Url
        && (d.ExtraLinks.Count == 0 || a.ExtraLinks.SequenceEqual(d.ExtraLinks));

    /// <summary>
    /// Takes the draft's commentary and extra links when it has them. They are the editor's notes on
    /// the article, which only digests carry: a page or feed entry at the same address (which has
    /// none) never erases them, so reading both inputs again in any order changes nothing.
    /// Returns whether anything changed.
    /// </summary>
    private static bool Annotate(Article a, ArticleDraft d)
    {
        var changed = false;
        if (d.Commentary is not null && a.Commentary != d.Commentary)
        {
            a.Commentary = d.Commentary;
            changed = true;
        }

        if (d.ExtraLinks.Count > 0 && !a.ExtraLinks.SequenceEqual(d.ExtraLinks))
        {
            a.ExtraLinks = d.ExtraLinks.ToList();
            changed = true;
        }

        return changed;
    }

    private static void Apply(Article a, ArticleDraft d, string title, string text, string hash)
    {
        a.Url = d.Url;
        a.FeedGuid = d.FeedGuid;
        a.SourceId = d.SourceId;
        a.Title = title;
        a.Byline = d.Byline;
        a.Outlet = d.Outlet;
        a.PublishedAt = d.PublishedAt;
        a.ModifiedAt = d.ModifiedAt;
        a.Language = d.Language;
        a.Section = d.Section;
        a.Genre = d.Genre ?? ArticleGenres.Classify(title, d.Url ?? d.CanonicalUrl, d.Section);
        a.LeadImageUrl = d.LeadImageUrl;
        a.Blocks = d.Blocks.ToList();
        a.Text = text;
        a.ContentHash = hash;
        a.WordCount = ArticleBody.CountWords(d.Blocks);
        Annotate(a, d);
        a.Origin = d.Origin;
    }
}
