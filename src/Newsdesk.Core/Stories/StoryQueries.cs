using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Stories;

/// <summary>An article that joined its story on weak evidence (<see cref="StoryClusteringOptions.WeakJoinScore"/>): an editor should check it.</summary>
public sealed record JoinToCheck(long ArticleId, long StoryId, double Score, string Title, string? Outlet, DateTimeOffset Time, string StoryHeadline);

/// <summary>The clusterer's score of an article's join, and the original it copies when that original is in the same story.</summary>
public readonly record struct JoinScore(long ArticleId, long? OriginalInStory, double Score);

/// <summary>Store queries for stories and copies (one item per story, "also carried by").</summary>
public static class StoryQueries
{
    /// <summary>An article and its copies while they are in a story: what a move takes along, and what a confirmation clears.</summary>
    internal static IQueryable<Article> WithCopiesIn(this IQueryable<Article> articles, long storyId, long articleId) =>
        articles.Where(a => a.StoryId == storyId && (a.Id == articleId || a.CopyOfId == articleId));

    /// <summary>
    /// Joins to check since <paramref name="since"/>, newest first: articles that joined a story of several
    /// articles with a score below <paramref name="weakJoinScore"/>. A copy's weak join is listed as its
    /// original's when both are in the story (a move takes the copies along; the copy may have come first).
    /// </summary>
    public static async Task<List<JoinToCheck>> JoinsToCheckAsync(this NewsdeskDb db, double weakJoinScore, DateTimeOffset since, int limit, CancellationToken ct)
    {
        var weak = await db.Articles.AsNoTracking()
            .Where(a => a.StoryScore != null && a.StoryScore < weakJoinScore && a.StoryId != null && (a.PublishedAt ?? a.RetrievedAt) >= since)
            .Select(a => new { a.Id, a.StoryId, a.StoryScore, a.CopyOfId, OriginalStoryId = a.CopyOf == null ? null : a.CopyOf.StoryId })
            .ToListAsync(ct);
        var scoreOf = WeakestJoins(weak.Select(a => new JoinScore(a.Id, a.OriginalStoryId == a.StoryId ? a.CopyOfId : null, a.StoryScore!.Value)), weakJoinScore);
        var ids = scoreOf.Keys.ToList();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Stories.AsNoTracking().Where(s => s.ArticleCount > 1), a => a.StoryId, s => (long?)s.Id,
                (a, s) => new { a.Id, StoryId = s.Id, a.Title, a.Outlet, a.PublishedAt, a.RetrievedAt, s.Headline })
            .ToListAsync(ct);
        return rows.Select(r => new JoinToCheck(r.Id, r.StoryId, scoreOf[r.Id], r.Title, r.Outlet, r.PublishedAt ?? r.RetrievedAt, r.Headline))
            .OrderByDescending(j => j.Time).ThenByDescending(j => j.ArticleId).Take(limit).ToList();
    }

    /// <summary>
    /// The joins an editor should check, by the article to move: a copy moves with its original, so the
    /// weak join of a copy in its original's story (it may have arrived first) is the original's to check.
    /// Each listed article gets its weakest score below <paramref name="weakJoinScore"/>.
    /// </summary>
    public static Dictionary<long, double> WeakestJoins(IEnumerable<JoinScore> joins, double weakJoinScore) =>
        joins.Where(j => j.Score < weakJoinScore).GroupBy(j => j.OriginalInStory ?? j.ArticleId)
            .ToDictionary(g => g.Key, g => g.Min(j => j.Score));

    /// <summary>A story's articles in time order (a merged story's id leads to the story it was merged into).</summary>
    public static async Task<List<Article>> StoryArticlesAsync(this NewsdeskDb db, long storyId, CancellationToken ct)
    {
        var id = await ResolveAsync(db, storyId, ct);
        var articles = await db.Articles.AsNoTracking().Where(a => a.StoryId == id).ToListAsync(ct);
        return articles.OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
    }

    /// <summary>
    /// One item per story updated in [<paramref name="from"/>, <paramref name="to"/>), most recently
    /// updated first: the lead is the earliest article that copies no other; copies collapse into
    /// "also carried by"; a copy crediting an outlet that is not in the store still names it as the
    /// original outlet.
    /// </summary>
    public static async Task<List<StoryItem>> StoryItemsAsync(this NewsdeskDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.MergedIntoId == null && s.UpdatedAt >= from && s.UpdatedAt < to)
            .ToListAsync(ct);
        var ids = stories.Select(s => s.Id).ToList();
        var articles = (await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value)).ToListAsync(ct))
            .ToLookup(a => a.StoryId!.Value);
        var items = new List<StoryItem>();
        foreach (var story in stories.OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id))
        {
            var members = articles[story.Id].OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            items.Add(ItemOf(story, members, lead: null, reportedSince: null));
        }

        return items;
    }

    /// <summary>
    /// These stories (ids as stored: merged ones lead to the story they were merged into) as
    /// items, by the id asked for. A story's lead is the one of <paramref name="leadIds"/> among
    /// its original articles (a brief's item may lead with the day's article), else its earliest
    /// original; the original outlet is always the one that reported first. Told as of a brief's
    /// <paramref name="day"/>, an item leaves out what was published after the day, and "also reported
    /// by" names the outlets that reported the story that day (or since its lead, when an editor
    /// put an older story in the brief): a story running for weeks is not credited to every outlet
    /// that ever wrote about it.
    /// </summary>
    public static async Task<Dictionary<long, StoryItem>> StoryItemsAsync(
        this NewsdeskDb db, IReadOnlyCollection<long> storyIds, IReadOnlyCollection<long> leadIds, StoryDay? day, CancellationToken ct)
    {
        var resolved = new Dictionary<long, long>();
        foreach (var id in storyIds.Distinct())
        {
            resolved[id] = await db.ResolveAsync(id, ct);
        }

        var ids = resolved.Values.Distinct().ToList();
        var stories = await db.Stories.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var articles = (await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value)).ToListAsync(ct))
            .ToLookup(a => a.StoryId!.Value);
        var items = new Dictionary<long, StoryItem>();
        foreach (var (asked, id) in resolved)
        {
            var members = articles[id].OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
            if (day is { } d && members.Any(a => a.SortTime < d.To))
            {
                members = members.Where(a => a.SortTime < d.To).ToList();
            }

            if (members.Count > 0 && stories.TryGetValue(id, out var story))
            {
                var lead = members.FirstOrDefault(a => a.CopyOfId is null && leadIds.Contains(a.Id));
                DateTimeOffset? reportedSince = day?.From is { } from && lead?.SortTime < from ? lead.SortTime : day?.From;
                items[asked] = ItemOf(story, members, lead, reportedSince);
            }
        }

        return items;
    }

    /// <summary>
    /// One story from its articles in time order: the first original (or, failing any, the first
    /// article) reported first; copies of the lead collapse into "also carried by"; a copy crediting
    /// an outlet that is not in the store still names it as the original outlet; "also reported by"
    /// names the outlets of the other originals, those from <paramref name="reportedSince"/> on when given.
    /// </summary>
    private static StoryItem ItemOf(Story story, List<Article> members, Article? lead, DateTimeOffset? reportedSince)
    {
        var first = members.FirstOrDefault(a => a.CopyOfId is null) ?? members[0];
        lead ??= first;
        var original = first.Outlet ?? members.Where(a => a.CopyOfId == first.Id).Select(c => c.CopyCredit).FirstOrDefault(c => c is not null);
        string?[] named = [original, lead.Outlet];
        var carried = Outlets(members.Where(a => a.CopyOfId == lead.Id), named);
        // An outlet that carried the lead is named once, as a carrier, even when it also wrote its own piece.
        var reported = Outlets(members.Where(a => a != lead && a.CopyOfId is null && (reportedSince is not { } since || a.SortTime >= since)), [.. named, .. carried]);
        return new StoryItem(story, lead, original, carried, reported);
    }

    private static List<string> Outlets(IEnumerable<Article> articles, string?[] except) =>
        articles.Select(a => a.Outlet).OfType<string>().Where(o => !except.Contains(o)).Distinct().ToList();

    /// <summary>
    /// The outlets that carried copies of an article, earliest first, each once: its "also carried by"
    /// (only the copies published before <paramref name="before"/>, when given).
    /// </summary>
    public static async Task<List<string>> AlsoCarriedByAsync(this NewsdeskDb db, long originalId, DateTimeOffset? before, CancellationToken ct)
    {
        var copies = await db.Articles.AsNoTracking().Where(a => a.CopyOfId == originalId && a.Outlet != null && (before == null || (a.PublishedAt ?? a.RetrievedAt) < before))
            .Select(a => new { a.Id, a.Outlet, a.PublishedAt, a.RetrievedAt }).ToListAsync(ct);
        return copies.OrderBy(c => c.PublishedAt ?? c.RetrievedAt).ThenBy(c => c.Id).Select(c => c.Outlet!).Distinct().ToList();
    }

    /// <summary>
    /// The changes made to a story since the clusterer placed its articles, newest first (at most
    /// <paramref name="limit"/>).
    /// </summary>
    public static async Task<List<StoryChange>> HistoryAsync(this NewsdeskDb db, long storyId, int limit, CancellationToken ct)
    {
        var edits = await db.StoryEdits.AsNoTracking().Where(e => e.StoryId == storyId)
            .OrderByDescending(e => e.Id).Take(limit).ToListAsync(ct);
        var articleIds = edits.SelectMany(e => new[] { e.ArticleId, e.CauseArticleId }).OfType<long>().Distinct().ToList();
        var storyIds = edits.Where(e => e.OtherStoryId != null).Select(e => e.OtherStoryId!.Value).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var others = await db.Stories.AsNoTracking().Where(s => storyIds.Contains(s.Id)).Select(s => new { s.Id, s.Headline, s.MergedIntoId }).ToDictionaryAsync(s => s.Id, ct);
        return edits.Select(e => new StoryChange(e.At, e.Kind, e.By, e.ArticleId, e.ArticleId is { } a ? titles.GetValueOrDefault(a) : null, e.Articles,
            e.OtherStoryId, e.OtherStoryId is { } s ? others.GetValueOrDefault(s)?.Headline : null,
            e.CauseArticleId, e.CauseArticleId is { } c ? titles.GetValueOrDefault(c) : null,
            e.OtherStoryId is { } o ? others.GetValueOrDefault(o)?.MergedIntoId : null)).ToList();
    }

    /// <summary>The story an id stands for now, following merges.</summary>
    public static async Task<long> ResolveAsync(this NewsdeskDb db, long storyId, CancellationToken ct)
    {
        for (var hops = 0; hops < 64; hops++)
        {
            var next = await db.Stories.Where(s => s.Id == storyId).Select(s => s.MergedIntoId).FirstOrDefaultAsync(ct);
            if (next is not { } into)
            {
                return storyId;
            }

            storyId = into;
        }

        return storyId;
    }
}
