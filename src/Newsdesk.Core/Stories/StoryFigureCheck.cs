using Microsoft.EntityFrameworkCore;
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

    /// <summary>Compares each story's figures as <see cref="FigureComparer"/> does, without storing anything.</summary>
    public static async Task<IReadOnlyDictionary<long, bool>> CheckAsync(NewsdeskDb db, IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        var result = storyIds.Distinct().ToDictionary(id => id, _ => false);
        foreach (var chunk in result.Keys.Chunk(Chunk))
        {
            // Only counts, sums and measures can disagree (FigureComparer): the other kinds are not read.
            var rows = await (
                    from f in db.ArticleFigures.AsNoTracking()
                    join a in db.Articles on f.ArticleId equals a.Id
                    where a.StoryId != null && chunk.Contains(a.StoryId.Value)
                        && (f.Kind == FigureKind.Count || f.Kind == FigureKind.Money || f.Kind == FigureKind.Measure)
                    select new { StoryId = a.StoryId!.Value, Figure = f })
                .ToListAsync(ct);
            foreach (var story in rows.GroupBy(r => r.StoryId))
            {
                result[story.Key] = FigureComparer.FindDisagreements(
                    story.Select(r => new FigureSighting(r.Figure, r.Figure.ArticleId, null, null, ""))).Count > 0;
            }
        }

        return result;
    }

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
