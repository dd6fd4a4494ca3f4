using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Stories;

/// <summary>
/// Keeps <see cref="Story.FiguresDisagree"/> current so the inbox reads a column instead of
/// comparing the figures of every story it lists on each request (with 1,500 articles on a page
/// that was most of its cost). Checked after ingestion (new articles, copies, changed texts) and
/// merges; <see cref="FillUncheckedAsync"/> covers stories stored before the column existed.
/// </summary>
public static class StoryFigureCheck
{
    // Stories per query: keeps the IN list of ids well under SQLite's parameter limit.
    private const int Chunk = 500;

    /// <summary>
    /// A story's latest articles compared at most. The check runs after every ingested batch, so
    /// reading all of an ever-growing story (one feed template that clusters into a single story of
    /// thousands of articles) made ingest quadratic; a disagreement among older articles was
    /// flagged when they were the latest.
    /// </summary>
    public const int MaxArticles = 200;

    /// <summary>Compares each story's figures as <see cref="FigureComparer"/> does, without storing anything.</summary>
    public static async Task<IReadOnlyDictionary<long, bool>> CheckAsync(NewsdeskDb db, IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        var result = storyIds.Distinct().ToDictionary(id => id, _ => false);
        foreach (var chunk in result.Keys.Chunk(Chunk))
        {
            var large = await db.Stories.AsNoTracking().Where(s => chunk.Contains(s.Id) && s.ArticleCount > MaxArticles)
                .Select(s => s.Id).ToListAsync(ct);
            var small = chunk.Except(large).ToList();
            var rows = await FiguresOf(db, a => a.StoryId != null && small.Contains(a.StoryId.Value)).ToListAsync(ct);
            foreach (var id in large)
            {
                // The story's latest articles by id (the storage order): one index range.
                var from = await db.Articles.Where(a => a.StoryId == id).OrderByDescending(a => a.Id)
                    .Skip(MaxArticles - 1).Select(a => a.Id).FirstOrDefaultAsync(ct);
                rows.AddRange(await FiguresOf(db, a => a.StoryId == id && a.Id >= from).ToListAsync(ct));
            }

            foreach (var story in rows.GroupBy(r => r.StoryId))
            {
                result[story.Key] = FigureComparer.FindDisagreements(
                    story.Select(r => new FigureSighting(r.Figure, r.Figure.ArticleId, null, null, ""))).Count > 0;
            }
        }

        return result;
    }

    private sealed record StoryFigure(long StoryId, ArticleFigure Figure);

    /// <summary>The comparable figures of the articles <paramref name="articles"/> selects (only counts, sums and measures can disagree).</summary>
    private static IQueryable<StoryFigure> FiguresOf(NewsdeskDb db, Expression<Func<Article, bool>> articles) =>
        from f in db.ArticleFigures.AsNoTracking()
        join a in db.Articles.Where(articles) on f.ArticleId equals a.Id
        where f.Kind == FigureKind.Count || f.Kind == FigureKind.Money || f.Kind == FigureKind.Measure
        select new StoryFigure(a.StoryId!.Value, f);

    /// <summary>Checks the stories and stores the outcome.</summary>
    public static async Task UpdateAsync(NewsdeskDb db, IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        if (storyIds.Count == 0)
        {
            return;
        }

        var checkedStories = await CheckAsync(db, storyIds, ct);
        foreach (var value in new[] { true, false })
        {
            var ids = checkedStories.Where(c => c.Value == value).Select(c => c.Key).ToList();
            foreach (var chunk in ids.Chunk(Chunk))
            {
                await db.Stories.Where(s => chunk.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.FiguresDisagree, value), ct);
            }

            // Stories this context tracks must not write an older value back.
            foreach (var story in db.Stories.Local.Where(s => ids.Contains(s.Id)))
            {
                db.Entry(story).Property(s => s.FiguresDisagree).OriginalValue = value;
                story.FiguresDisagree = value;
            }
        }
    }

    /// <summary>Checks every story not checked yet (after the migration that added the column); returns how many.</summary>
    public static async Task<int> FillUncheckedAsync(NewsdeskDb db, CancellationToken ct)
    {
        var count = 0;
        while (true)
        {
            var ids = await db.Stories.AsNoTracking().Where(s => s.FiguresDisagree == null).OrderBy(s => s.Id)
                .Select(s => s.Id).Take(Chunk).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return count;
            }

            await UpdateAsync(db, ids, ct);
            count += ids.Count;
        }
    }
}
