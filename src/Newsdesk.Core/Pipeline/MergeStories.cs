using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>What became of a merge request; <paramref name="NotFound"/> when a story named does not exist.</summary>
public sealed record MergeOutcome(bool Merged, string? Reason = null, bool NotFound = false);

/// <summary>
/// Folds one story into another when they turn out to report one event: the articles move, the
/// absorbed story keeps its row with <see cref="Story.MergedIntoId"/> (links to it still resolve),
/// and the live clusterer merges the two centroids.
/// </summary>
public sealed class MergeStories(NewsdeskDb db, StoryTracker tracker, TimeProvider clock)
{
    public async Task<MergeOutcome> MergeAsync(long fromId, long intoId, CancellationToken ct)
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
            await db.Articles.Where(a => a.StoryId == fromId).ExecuteUpdateAsync(u => u.SetProperty(a => a.StoryId, intoId), ct);
            into.ArticleCount += from.ArticleCount;
            into.FirstSeenAt = from.FirstSeenAt < into.FirstSeenAt ? from.FirstSeenAt : into.FirstSeenAt;
            into.UpdatedAt = from.UpdatedAt > into.UpdatedAt ? from.UpdatedAt : into.UpdatedAt;
            from.ArticleCount = 0;
            from.MergedIntoId = intoId;

            // Other processes fold the two in their own live clusterer before their next batch.
            db.StoryEdits.Add(new StoryEdit { StoryId = fromId, At = clock.GetUtcNow() });
            db.StoryEdits.Add(new StoryEdit { StoryId = intoId, At = clock.GetUtcNow() });
            tracker.Clusterer.Merge(fromId, intoId);
            if (tracker.Clusterer.Describe(intoId) is { } summary && summary.Headline.Length > 0)
            {
                into.Headline = summary.Headline;
                into.Keywords = string.Join(", ", summary.Keywords);
            }

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
