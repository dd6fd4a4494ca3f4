using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Summarizing;

/// <summary>Reads stored extractive summaries with the articles their sentences cite.</summary>
public static class SummaryQueries
{
    /// <summary>The summaries of these stories, by story id, sentences in order.</summary>
    public static async Task<Dictionary<long, IReadOnlyList<CitedSentence>>> StorySummariesAsync(this NewsdeskDb db, IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        var summaries = await Query(db).Where(s => s.StoryId != null && storyIds.Contains(s.StoryId.Value)).ToListAsync(ct);
        return summaries.ToDictionary(s => s.StoryId!.Value, Cite);
    }

    /// <summary>The summaries of these articles, by article id, sentences in order.</summary>
    public static async Task<Dictionary<long, IReadOnlyList<CitedSentence>>> ArticleSummariesAsync(this NewsdeskDb db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var summaries = await Query(db).Where(s => s.ArticleId != null && articleIds.Contains(s.ArticleId.Value)).ToListAsync(ct);
        return summaries.ToDictionary(s => s.ArticleId!.Value, Cite);
    }

    /// <summary>
    /// For brief items in summary mode, by item id: their story's summary when it has one, else
    /// their article's. Items in other modes are left out.
    /// </summary>
    public static async Task<Dictionary<long, IReadOnlyList<CitedSentence>>> ItemSummariesAsync(this NewsdeskDb db, IEnumerable<BriefItem> items, CancellationToken ct)
    {
        var wanted = items.Where(i => i.ExcerptMode == ExcerptMode.Summary).ToList();
        var stories = await db.StorySummariesAsync(wanted.Where(i => i.StoryId is not null).Select(i => i.StoryId!.Value).Distinct().ToList(), ct);
        var articles = await db.ArticleSummariesAsync(wanted.Where(i => i.ArticleId is not null).Select(i => i.ArticleId!.Value).Distinct().ToList(), ct);
        var result = new Dictionary<long, IReadOnlyList<CitedSentence>>();
        foreach (var item in wanted)
        {
            if ((item.StoryId is { } s && stories.TryGetValue(s, out var summary)) || (item.ArticleId is { } a && articles.TryGetValue(a, out summary)))
            {
                result[item.Id] = summary;
            }
        }

        return result;
    }

    private static IQueryable<Summary> Query(NewsdeskDb db) =>
        db.Summaries.AsNoTracking().Where(s => s.Method == SummaryMethod.Extractive).Include(s => s.Lines).ThenInclude(l => l.Article);

    private static IReadOnlyList<CitedSentence> Cite(Summary summary) =>
        summary.Lines.OrderBy(l => l.Position)
            .Select(l => new CitedSentence(l.Text, l.ArticleId, l.Article?.Outlet, l.Article?.Title ?? "", l.Article?.Url, l.Supported))
            .ToList();
}
