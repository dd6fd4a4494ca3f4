using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// What became of a move request: the story the article is in afterwards, or why nothing moved
/// (<paramref name="NotFound"/> when the article or the story named does not exist; <paramref name="WholeStory"/>
/// when the article and its copies are all of their story, <paramref name="StoryId"/>: that story is to be merged instead).
/// </summary>
public sealed record MoveOutcome(bool Moved, long? StoryId = null, string? Reason = null, bool NotFound = false, bool WholeStory = false);

/// <summary>
/// Takes an article out of a story it was wrongly joined to (two similar events, such as two
/// earthquakes in one region, put in one story): into another story, or into a new story of its own.
/// The copies of the article in the same story go with it, since they report what it reports. Both
/// stories' counts, times, headlines and figure flags follow, and the live clusterer rebuilds both
/// from the articles they now hold, so later articles compare with what the editor decided. Both
/// stories' histories name the <c>editor</c>.
/// </summary>
public sealed class MoveArticle(NewsdeskDb db, StoryTracker tracker, TimeProvider clock)
{
    public async Task<MoveOutcome> MoveAsync(long articleId, long? intoId, string editor, CancellationToken ct)
    {
        var article = await db.Articles.FindAsync([articleId], ct);
        if (article is null)
        {
            return new MoveOutcome(false, Reason: $"article {articleId} does not exist", NotFound: true);
        }

        if (article.StoryId is not { } fromId)
        {
            return new MoveOutcome(false, Reason: $"article {articleId} is in no story yet");
        }

        if (intoId == fromId)
        {
            return new MoveOutcome(false, fromId, $"article {articleId} is already in story {fromId}");
        }

        Story? into = null;
        if (intoId is { } target)
        {
            into = await db.Stories.FindAsync([target], ct);
            if (into is null)
            {
                return new MoveOutcome(false, fromId, $"story {target} does not exist", NotFound: true);
            }

            if (into.MergedIntoId is { } merged)
            {
                return new MoveOutcome(false, fromId, $"story {target} was merged into story {merged}: move the article there");
            }
        }

        var moving = await db.Articles.WithCopiesIn(fromId, articleId).ToListAsync(ct);
        var staying = await db.Articles.CountAsync(a => a.StoryId == fromId, ct) - moving.Count;
        if (staying == 0)
        {
            return into is null
                ? new MoveOutcome(false, fromId, $"article {articleId} and its copies are all of story {fromId}: it is a story of its own already", WholeStory: true)
                : new MoveOutcome(false, fromId, $"article {articleId} and its copies are all of story {fromId}: merge story {fromId} into story {into.Id} instead", WholeStory: true);
        }

        await tracker.Gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var from = await db.Stories.FirstAsync(s => s.Id == fromId, ct);

            // The move, the counts and the edit log commit together or not at all.
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                if (into is null)
                {
                    into = new Story { FirstSeenAt = moving.Min(a => a.SortTime), UpdatedAt = moving.Max(a => a.SortTime), Headline = article.Title.Length <= Story.MaxTextLength ? article.Title : article.Title[..Story.MaxTextLength] };
                    db.Stories.Add(into);
                    await db.SaveChangesAsync(ct);
                }

                await StoryWindow.MoveAsync(db, moving, from, into, StoryEdit.Moved(articleId, moving.Count, fromId, into.Id, now, editor), ct);
                await transaction.CommitAsync(ct);
            }

            await StoryWindow.AfterEditAsync(db, tracker, [from, into], now, ct);
            await db.SaveChangesAsync(ct);
            await StoryFigureCheck.UpdateAsync(db, [fromId, into.Id], ct);
            return new MoveOutcome(true, into.Id);
        }
        finally
        {
            tracker.Gate.Release();
        }
    }
}
