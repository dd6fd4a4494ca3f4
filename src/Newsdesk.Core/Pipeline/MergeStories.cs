using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>What became of a merge request; <paramref name="NotFound"/> when a story named does not exist.</summary>
public sealed record MergeOutcome(bool Merged, string? Reason = null, bool NotFound = false);

/// <summary>
/// Folds one story into another when they turn out to report one event: the articles move, the
/// absorbed story keeps its row with <see cref="Story.MergedIntoId"/> (links to it still resolve),
/// and the live clusterer merges the two centroids. <see cref="UnmergeStory"/> undoes it.
/// </summary>
public sealed class MergeStories(NewsdeskDb db, StoryTracker tracker, TimeProvider clock)
{
    public async Task<MergeOutcome> MergeAsync(long fromId, long intoId, string editor, CancellationToken ct)
    {
        if (fromId == intoId)
        {
            return new MergeOutcome(false, "a story cannot be merged into itself");
        }

        var from = await db.Stories.FindAsync([fromId], ct);
        var into = await db.Stories.FindAsync([intoId], ct);
        if (from is null || into is null)
        {
            return new MergeOutcome(false, $"story {(from is null ? fromId : intoId)} does not exist", NotFound: true);
        }

        if (from.MergedIntoId is not null || into.MergedIntoId is not null)
        {
            return new MergeOutcome(false, $"story {(from.MergedIntoId is not null ? fromId : intoId)} was already merged into another");
        }

        await tracker.Gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();

            // The merge, the counts and the edit log commit together or not at all; claiming the absorbed
            // story in the database keeps two merges of it (from two processes) from both going through.
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var claimed = await db.Stories.Where(s => s.Id == fromId && s.MergedIntoId == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.MergedIntoId, intoId).SetProperty(s => s.ArticleCount, 0), ct);
                if (claimed == 0)
                {
                    return new MergeOutcome(false, $"story {fromId} was already merged into another");
                }

                var movedIds = await db.Articles.Where(a => a.StoryId == fromId).Select(a => a.Id).ToListAsync(ct);
                var moved = await db.Articles.Where(a => a.StoryId == fromId).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, intoId), ct);
                await StoryWindow.RecountAsync(db, into, ct);

                // Every process that clusters folds the two before its next batch; both histories tell of it,
                // and the absorbed story's entry keeps the articles it gave (an undo takes them back out).
                var by = StoryEdit.Editor(editor);
                var away = new StoryEdit { StoryId = fromId, At = now, Kind = StoryEditKind.MergedAway, Articles = moved, OtherStoryId = intoId, By = by };
                db.StoryEdits.Add(away);
                db.StoryEdits.Add(new StoryEdit { StoryId = intoId, At = now, Kind = StoryEditKind.MergedIn, Articles = moved, OtherStoryId = fromId, By = by });
                await db.SaveChangesAsync(ct);
                db.StoryEditArticles.AddRange(movedIds.Select(id => new StoryEditArticle { EditId = away.Id, ArticleId = id }));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            await StoryWindow.AfterEditAsync(db, tracker, [into], now, ct);
            await db.SaveChangesAsync(ct);
            await StoryFigureCheck.UpdateAsync(db, [intoId], ct);
        }
        finally
        {
            tracker.Gate.Release();
        }

        return new MergeOutcome(true);
    }
}
