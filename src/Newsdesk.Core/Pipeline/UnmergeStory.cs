using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// What became of an unmerge request: the story the merge had gone into and how many articles came back,
/// or why nothing moved (<paramref name="NotFound"/> when the story named does not exist).
/// </summary>
public sealed record UnmergeOutcome(bool Unmerged, long? IntoId = null, int Articles = 0, string? Reason = null, bool NotFound = false);

/// <summary>
/// Undoes an editor's merge (<see cref="MergeStories"/>): the merged story is a story again, and the
/// articles the merge moved that are still in the story it went into come back to it. Articles that
/// joined that story after the merge stay there, and so do those an editor has since moved elsewhere.
/// The articles keep their join scores (a merge keeps them too), so a join still to check stays marked.
/// Both stories' histories name the <c>editor</c>, and the live clusterer rebuilds both, so later
/// articles compare with the two stories again.
/// </summary>
public sealed class UnmergeStory(NewsdeskDb db, StoryTracker tracker, TimeProvider clock)
{
    public async Task<UnmergeOutcome> UnmergeAsync(long storyId, string editor, CancellationToken ct)
    {
        // Where each story stands now, read from the store (not from entities this context may hold from before).
        var stands = await db.Stories.AsNoTracking().Where(s => s.Id == storyId).Select(s => new { s.MergedIntoId }).FirstOrDefaultAsync(ct);
        if (stands is null)
        {
            return new UnmergeOutcome(false, Reason: $"story {storyId} does not exist", NotFound: true);
        }

        if (stands.MergedIntoId is not { } intoId)
        {
            return new UnmergeOutcome(false, Reason: $"story {storyId} is not merged into another story");
        }

        if (await db.Stories.AsNoTracking().Where(s => s.Id == intoId).Select(s => s.MergedIntoId).FirstOrDefaultAsync(ct) is { } further)
        {
            return new UnmergeOutcome(false, intoId, Reason: $"story {intoId}, which story {storyId} was merged into, was merged into story {further} since: undo that merge first");
        }

        var merge = await db.StoryEdits.AsNoTracking().Where(e => e.StoryId == storyId && e.Kind == StoryEditKind.MergedAway && e.OtherStoryId == intoId)
            .OrderByDescending(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        var given = merge is { } editId
            ? await db.StoryEditArticles.AsNoTracking().Where(m => m.EditId == editId).Select(m => m.ArticleId).ToListAsync(ct)
            : [];
        if (given.Count == 0)
        {
            return new UnmergeOutcome(false, intoId, Reason: $"story {storyId} was merged before Newsdesk kept the articles a merge moves: move them back one by one");
        }

        var back = await db.Articles.Where(a => a.StoryId == intoId && given.Contains(a.Id)).ToListAsync(ct);
        if (back.Count == 0)
        {
            return new UnmergeOutcome(false, intoId, Reason: $"none of the articles story {storyId} gave is in story {intoId} any more");
        }

        if (await db.Articles.CountAsync(a => a.StoryId == intoId, ct) == back.Count)
        {
            return new UnmergeOutcome(false, intoId, Reason: $"the articles story {storyId} gave are all story {intoId} holds now: nothing would be left of it");
        }

        await tracker.Gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var story = await db.Stories.FirstAsync(s => s.Id == storyId, ct);
            var into = await db.Stories.FirstAsync(s => s.Id == intoId, ct);

            // The story coming back, the articles, the counts and the edit log commit together or not at all;
            // the claim keeps a second unmerge (from another process) from going through as well.
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                var claimed = await db.Stories.Where(s => s.Id == storyId && s.MergedIntoId == intoId)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.MergedIntoId, (long?)null), ct);
                if (claimed == 0)
                {
                    return new UnmergeOutcome(false, intoId, Reason: $"story {storyId} was taken back out of story {intoId} already");
                }

                story.MergedIntoId = null;
                var by = StoryEdit.Editor(editor);
                var log = (new StoryEdit { StoryId = intoId, At = now, Kind = StoryEditKind.UnmergedOut, Articles = back.Count, OtherStoryId = storyId, By = by },
                    new StoryEdit { StoryId = storyId, At = now, Kind = StoryEditKind.Unmerged, Articles = back.Count, OtherStoryId = intoId, By = by });
                await StoryWindow.MoveAsync(db, back, into, story, log, ct, keepScores: true);
                await transaction.CommitAsync(ct);
            }

            await StoryWindow.AfterEditAsync(db, tracker, [story, into], now, ct);
            await db.SaveChangesAsync(ct);
            await StoryFigureCheck.UpdateAsync(db, [storyId, intoId], ct);
            return new UnmergeOutcome(true, intoId, back.Count);
        }
        finally
        {
            tracker.Gate.Release();
        }
    }
}
