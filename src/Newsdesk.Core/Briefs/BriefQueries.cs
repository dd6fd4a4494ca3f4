using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs;

/// <summary>Brief queries on the store: the renderable <see cref="BriefView"/> of stored briefs.</summary>
public static class BriefQueries
{
    /// <summary>
    /// A brief (draft or published) by id as its editors see it: from the store as it is now, told as of
    /// the brief's day (<see cref="LoadLiveAsync"/>), with a published brief's changes not yet published;
    /// null when there is none. Readers get <see cref="LoadPublishedBriefViewAsync(NewsdeskDb, long, CancellationToken)"/>.
    /// </summary>
    public static Task<BriefView?> LoadBriefViewAsync(this NewsdeskDb db, long briefId, CancellationToken ct) => db.LoadLiveAsync(briefId, ct);

    /// <summary>A published brief by its public slug as its readers got it (its edition); null for drafts and unknown slugs.</summary>
    public static Task<BriefView?> LoadPublishedBriefViewAsync(this NewsdeskDb db, string slug, CancellationToken ct) =>
        LoadEditionAsync(db, db.Briefs.Where(b => b.Slug == slug && b.Status == BriefStatus.Published), ct);

    /// <summary>A published brief by id as its readers got it (what `send` mails); null for drafts and unknown ids.</summary>
    public static Task<BriefView?> LoadPublishedBriefViewAsync(this NewsdeskDb db, long briefId, CancellationToken ct) =>
        LoadEditionAsync(db, db.Briefs.Where(b => b.Id == briefId && b.Status == BriefStatus.Published), ct);

    /// <summary>The latest published briefs as their readers got them, newest first (feeds).</summary>
    public static async Task<IReadOnlyList<BriefView>> LoadLatestPublishedBriefViewsAsync(this NewsdeskDb db, int count, CancellationToken ct)
    {
        var ids = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id).Select(b => b.Id).Take(count).ToListAsync(ct);
        var views = new List<BriefView>(ids.Count);
        foreach (var id in ids)
        {
            if (await db.LoadPublishedBriefViewAsync(id, ct) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    /// <summary>The version of a published brief its edition holds (its readers' version), or null without one.</summary>
    public static async Task<int?> EditionVersionAsync(this NewsdeskDb db, long briefId, CancellationToken ct)
    {
        var edition = await db.Briefs.AsNoTracking().Where(b => b.Id == briefId && b.Status == BriefStatus.Published).Select(b => b.Edition).FirstOrDefaultAsync(ct);
        return BriefEditions.Read(edition)?.Version;
    }

    /// <summary>
    /// A published brief's edition (<see cref="Brief.Edition"/>); a brief published before editions were
    /// kept is told from the store as it is now (<see cref="LoadLiveAsync"/>).
    /// </summary>
    private static async Task<BriefView?> LoadEditionAsync(NewsdeskDb db, IQueryable<Brief> query, CancellationToken ct)
    {
        var head = await query.AsNoTracking().Select(b => new { b.Id, b.Edition }).FirstOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        return BriefEditions.Read(head.Edition) ?? await db.LoadLiveAsync(head.Id, ct);
    }

    /// <summary>
    /// The brief from the store as it is now, its items told as of the brief's day: what a draft shows,
    /// and what publishing keeps as the edition.
    /// </summary>
    private static async Task<BriefView?> LoadLiveAsync(this NewsdeskDb db, long briefId, CancellationToken ct)
    {
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == briefId)
            .Include(b => b.Items).ThenInclude(i => i.Article)
            .Include(b => b.Items).ThenInclude(i => i.Story)
            .Include(b => b.Quotes).ThenInclude(q => q.Quote)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (brief is null)
        {
            return null;
        }

        var view = BriefViewBuilder.From(brief, await db.ItemDetailsAsync(brief.Items, DayOf(brief.Date), ct));
        return view with { Quotes = await db.WithOutletsAsync(brief, view.Quotes, ct) };
    }

    /// <summary>The UTC day a brief covers, as the draft chose its stories (<see cref="Pipeline.DraftBrief"/>).</summary>
    public static StoryDay DayOf(DateOnly date)
    {
        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new StoryDay(from, from.AddDays(1));
    }

    /// <summary>
    /// A curated quote names no outlet (the curator copied the words, not where they were said):
    /// it takes the outlet of the earliest article the same words were found in.
    /// </summary>
    private static async Task<IReadOnlyList<BriefQuoteView>> WithOutletsAsync(this NewsdeskDb db, Brief brief, IReadOnlyList<BriefQuoteView> quotes, CancellationToken ct)
    {
        // Found quotes are keyed by QuoteText.Hash; a curated one's TextHash is a shorter fingerprint.
        var hashes = brief.Quotes.Where(q => q.Quote is { Outlet: null }).ToDictionary(q => q.QuoteId, q => QuoteText.Hash(q.Quote!.Text));
        if (hashes.Count == 0)
        {
            return quotes;
        }

        var wanted = hashes.Values.Distinct().ToList();
        var reports = await db.Quotes.AsNoTracking()
            .Where(q => q.Kind == QuoteKind.Extracted && q.Verified && q.Outlet != null && q.Article != null && wanted.Contains(q.TextHash))
            .Select(q => new { q.TextHash, q.Outlet, q.Id, Time = q.Article!.PublishedAt ?? q.Article.RetrievedAt })
            .ToListAsync(ct);
        var earliest = reports.GroupBy(r => r.TextHash).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Time).ThenBy(r => r.Id).First().Outlet);
        return quotes.Select(q => q.Outlet is null && hashes.TryGetValue(q.QuoteId, out var hash) && earliest.TryGetValue(hash, out var outlet)
            ? q with { Outlet = outlet }
            : q).ToList();
    }

    /// <summary>
    /// By item id: the stored summary, the story's outlets (<see cref="StoryQueries.StoryItemsAsync(NewsdeskDb, IReadOnlyCollection{long}, IReadOnlyCollection{long}, StoryDay?, CancellationToken)"/>,
    /// led by the item's article, as of the brief's <paramref name="day"/>) and the figures they disagree on
    /// in the articles up to the end of that day; an item with no story has its
    /// article's summary and copies only. A story item follows its article: when the article has left
    /// the story since the item was made (an editor's move, or a split by the clusterer), the item
    /// stands for the story the article is in now, whose event its headline and text report.
    /// </summary>
    private static async Task<Dictionary<long, BriefItemDetails>> ItemDetailsAsync(this NewsdeskDb db, ICollection<BriefItem> items, StoryDay day, CancellationToken ct)
    {
        var summaries = await db.ItemSummariesAsync(items, ct);
        var leadIds = items.Where(i => i.ArticleId is not null).Select(i => i.ArticleId!.Value).ToHashSet();
        var now = await db.Articles.AsNoTracking().Where(a => leadIds.Contains(a.Id) && a.StoryId != null)
            .Select(a => new { a.Id, a.StoryId }).ToDictionaryAsync(a => a.Id, a => a.StoryId!.Value, ct);
        long? StoryOf(BriefItem item) =>
            item.StoryId is null ? null : item.ArticleId is { } a && now.TryGetValue(a, out var current) ? current : item.StoryId;
        var storyIds = items.Select(StoryOf).OfType<long>().Distinct().ToList();
        var stories = await db.StoryItemsAsync(storyIds, leadIds, day, ct);
        var figures = await db.StoryDisagreementsAsync(stories.Values.Select(s => s.Story.Id).Distinct().ToList(), day.To, ct);
        var details = new Dictionary<long, BriefItemDetails>();
        foreach (var item in items)
        {
            var summary = summaries.GetValueOrDefault(item.Id) ?? [];
            if (StoryOf(item) is { } s && stories.TryGetValue(s, out var story))
            {
                details[item.Id] = new BriefItemDetails(summary, story.OriginalOutlet, story.AlsoCarriedBy, story.AlsoReportedBy, figures.GetValueOrDefault(story.Story.Id) ?? []);
            }
            else if (item.ArticleId is { } a)
            {
                var outlet = item.Article?.Outlet;
                var carriers = (await db.AlsoCarriedByAsync(a, day.To, ct)).Where(o => o != outlet).ToList();
                details[item.Id] = new BriefItemDetails(summary, outlet, carriers, [], []);
            }
        }

        return details;
    }
}
