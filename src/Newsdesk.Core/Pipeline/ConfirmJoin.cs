using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>What became of a confirmation; <paramref name="NotFound"/> when the article does not exist.</summary>
public sealed record ConfirmOutcome(bool Confirmed, long? StoryId = null, string? Reason = null, bool NotFound = false);

/// <summary>
/// An editor's answer to a join to check (<c>StoryClusteringOptions.WeakJoinScore</c>): the article does
/// report the story's event. Its score, and its copies' in the story, are cleared, as for an article an
/// editor placed, so the story page and <c>newsdesk stories check</c> stop asking. The story is logged as
/// edited: every process that clusters rebuilds it, and so stops watching the join as a possible start of
/// another event (a weak join the next reports fit better than the story would otherwise leave with them).
/// </summary>
public sealed class ConfirmJoin(NewsdeskDb db, TimeProvider clock)
{
    public async Task<ConfirmOutcome> ConfirmAsync(long articleId, string editor, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.StoryId }).FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return new ConfirmOutcome(false, Reason: $"article {articleId} does not exist", NotFound: true);
        }

        if (article.StoryId is not { } storyId)
        {
            return new ConfirmOutcome(false, Reason: $"article {articleId} is in no story yet");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Articles.WithCopiesIn(storyId, articleId).Where(a => a.StoryScore != null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryScore, (double?)null), ct);
        db.StoryEdits.Add(new StoryEdit { StoryId = storyId, At = clock.GetUtcNow(), Kind = StoryEditKind.Confirmed, ArticleId = articleId, By = StoryEdit.Editor(editor) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ConfirmOutcome(true, storyId);
    }
}
