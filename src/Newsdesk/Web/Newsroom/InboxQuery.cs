using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Text;

namespace Newsdesk.Web.Newsroom;

/// <summary>
/// Loads the inbox. Until the ranking stage stores beat scores, "rank" puts the stories most
/// reported (article count) first among those updated in the last <see cref="Window"/> before
/// the newest story, so a quiet weekend still shows the latest news rather than nothing.
/// </summary>
internal static class InboxQuery
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    // Characters of the lead article loaded for the one-paragraph summary.
    private const int SummaryChars = 420;

    /// <param name="weakJoinScore">Joins scored below this count as joins to check (<see cref="StoryClusteringOptions.WeakJoinScore"/>).</param>
    public static async Task<InboxPage> LoadAsync(this NewsdeskDb db, InboxFilter filter, long? currentBriefId, double weakJoinScore, CancellationToken ct)
    {
        var stories = db.Stories.AsNoTracking().Where(s => s.MergedIntoId == null && s.ArticleCount > 0);
        DateTimeOffset? windowStart = null;
        if (filter.From is { } from)
        {
            var t = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            stories = stories.Where(s => s.UpdatedAt >= t);
        }

        if (filter.To is { } to)
        {
            var t = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            stories = stories.Where(s => s.UpdatedAt < t);
        }

        if (filter.Order == InboxOrder.Rank && filter.From is null && filter.To is null)
        {
            var newest = await db.Stories.AsNoTracking().OrderByDescending(s => s.UpdatedAt).Select(s => (DateTimeOffset?)s.UpdatedAt).FirstOrDefaultAsync(ct);
            if (newest is { } n)
            {
                windowStart = n - Window;
                stories = stories.Where(s => s.UpdatedAt >= windowStart);
            }
        }

        stories = ApplyArticleFilters(db, stories, filter);
        stories = filter.Order == InboxOrder.Newest
            ? stories.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id)
            : stories.OrderByDescending(s => s.ArticleCount).ThenByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id);
        var page = Math.Max(filter.Page, 1);
        var rows = await stories.Skip((page - 1) * filter.PageSize).Take(filter.PageSize + 1)
            .Select(s => new { s.Id, s.Headline, s.ArticleCount, s.FirstSeenAt, s.UpdatedAt, s.FiguresDisagree })
            .ToListAsync(ct);
        var hasMore = rows.Count > filter.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var ids = rows.Select(r => r.Id).ToList();
        // Answered from IX_articles_Newsroom alone; the text is read for the lead articles only.
        var articles = await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
            .Select(a => new { StoryId = a.StoryId!.Value, a.Id, a.Outlet, a.CopyOfId, a.ReadAt, a.PublishedAt, a.RetrievedAt, a.StoryScore, a.Genre })
            .ToListAsync(ct);
        var leadIds = articles.GroupBy(a => a.StoryId)
            .Select(g => g.OrderBy(a => a.CopyOfId != null).ThenBy(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id).First().Id)
            .ToList();
        var leads = await db.Articles.AsNoTracking().Where(a => leadIds.Contains(a.Id))
            .Select(a => new { a.Id, Text = a.Text.Substring(0, SummaryChars) }).ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        // Stored as articles arrive (StoryFigureCheck); checked here only for a story stored around the ingestor.
        var notChecked = rows.Where(r => r.FiguresDisagree is null).Select(r => r.Id).ToList();
        var checkedNow = notChecked.Count == 0 ? new Dictionary<long, bool>() : await StoryFigureCheck.CheckAsync(db, notChecked, ct);
        var lastBrief = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
            .MaxAsync(b => (DateTimeOffset?)b.PublishedAt, ct);
        var inBrief = currentBriefId is { } bid
            ? (await db.BriefItems.AsNoTracking().Where(i => i.BriefId == bid && i.StoryId != null).Select(i => i.StoryId!.Value).ToListAsync(ct)).ToHashSet()
            : [];

        var byStory = articles.GroupBy(a => a.StoryId).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<InboxStory>(rows.Count);
        foreach (var r in rows)
        {
            var list = byStory.GetValueOrDefault(r.Id) ?? [];
            var lead = list.OrderBy(a => a.CopyOfId != null).ThenBy(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id).FirstOrDefault();
            var outlets = list.Where(a => !string.IsNullOrWhiteSpace(a.Outlet)).OrderBy(a => a.PublishedAt ?? a.RetrievedAt)
                .Select(a => a.Outlet!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var inStory = list.Select(a => a.Id).ToHashSet();
            var toCheck = StoryQueries.WeakestJoins(list.Where(a => a.StoryScore is not null)
                .Select(a => new JoinScore(a.Id, a.CopyOfId is { } o && inStory.Contains(o) ? o : null, a.StoryScore!.Value)), weakJoinScore);
            var originals = list.Where(a => a.CopyOfId is null || !inStory.Contains(a.CopyOfId.Value)).ToList();
            result.Add(new InboxStory(
                r.Id, r.Headline, r.ArticleCount, outlets, r.FirstSeenAt, r.UpdatedAt,
                Summarize(lead is null ? "" : leads.GetValueOrDefault(lead.Id) ?? ""), lead?.Id,
                Unread: list.Any(a => a.ReadAt == null),
                NewSinceLastBrief: lastBrief is null || r.FirstSeenAt > lastBrief,
                FiguresDisagree: r.FiguresDisagree ?? checkedNow.GetValueOrDefault(r.Id),
                InCurrentBrief: inBrief.Contains(r.Id),
                RankReason: $"{r.ArticleCount} article{(r.ArticleCount == 1 ? "" : "s")} from {outlets.Count} outlet{(outlets.Count == 1 ? "" : "s")}",
                JoinsToCheck: toCheck.Count,
                Opinion: originals.Count > 0 && originals.All(a => a.Genre == ArticleGenre.Opinion)));
        }

        var beats = await db.Sources.AsNoTracking().Where(s => s.Category != null).Select(s => s.Category!).Distinct().OrderBy(c => c).ToListAsync(ct);
        var sources = await db.Sources.AsNoTracking().Where(s => s.Kind != SourceKind.Outlet).OrderBy(s => s.Title)
            .Select(s => new { s.Id, s.Title }).ToListAsync(ct);
        return new InboxPage(result, hasMore, lastBrief, windowStart, beats, sources.Select(s => (s.Id, s.Title)).ToList());
    }

    private static IQueryable<Story> ApplyArticleFilters(NewsdeskDb db, IQueryable<Story> stories, InboxFilter filter)
    {
        if (filter.SourceId is { } sourceId)
        {
            stories = stories.Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.SourceId == sourceId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Outlet))
        {
            var outlet = filter.Outlet.Trim();
            stories = stories.Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.Outlet == outlet));
        }

        if (!string.IsNullOrWhiteSpace(filter.Beat))
        {
            var beat = filter.Beat.Trim();
            var under = beat + "/";
            stories = stories.Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.Source != null
                && (a.Source.Category == beat || a.Source.Category!.StartsWith(under))));
        }

        stories = filter.Read switch
        {
            ReadFilter.Unread => stories.Where(s => db.Articles.Any(a => a.StoryId == s.Id && a.ReadAt == null)),
            ReadFilter.Read => stories.Where(s => !db.Articles.Any(a => a.StoryId == s.Id && a.ReadAt == null)),
            _ => stories,
        };
        return stories;
    }

    /// <summary>The lead's opening, cut at a sentence or word boundary.</summary>
    internal static string Summarize(string lead)
    {
        var text = lead.Replace("\n\n", " ", StringComparison.Ordinal).Trim();
        if (text.Length < SummaryChars - 20)
        {
            return text;
        }

        var end = SentenceSplitter.EndWithin(text, 301);
        if (end > 120)
        {
            return text[..end].TrimEnd();
        }

        var space = text.LastIndexOf(' ', Math.Min(text.Length - 1, 300));
        return (space > 0 ? text[..space] : text) + "…";
    }
}
