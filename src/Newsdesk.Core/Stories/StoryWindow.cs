using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Stories;

/// <summary>Rebuilds stories of a live clusterer, and their counts, from what the store holds for them.</summary>
internal static class StoryWindow
{
    /// <summary>
    /// Each story starts again from its stored articles of the window, in time order (the window rule of
    /// a reload after restart); a story with none left (merged away, or older than the window) leaves memory.
    /// </summary>
    /// <remarks>With <paramref name="copies"/>, the copy finder also lists each story's articles as its rewrite candidates.</remarks>
    public static async Task RebuildAsync(NewsdeskDb db, StoryClusterer clusterer, IReadOnlyCollection<long> storyIds, DateTimeOffset now, CancellationToken ct,
        CopyFinder? copies = null)
    {
        var ids = storyIds.Distinct().ToList();
        var cutoff = now - clusterer.Options.Window;
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && (a.RetrievedAt >= cutoff || a.PublishedAt >= cutoff))
            .Select(StoredStoryArticle.FromArticle)
            .ToListAsync(ct);
        foreach (var id in ids)
        {
            var members = rows.Where(a => a.StoryId == id).OrderBy(a => a.Time).ThenBy(a => a.Id).ToList();
            clusterer.Rebuild(id, members.Select(a => a.Features(clusterer.Options)));
            copies?.SetStoryMembers(id, members.Select(a => a.Id));
        }
    }

    /// <summary>
    /// Rebuilds the stories editors changed (in this process or another) since the live clusterer last
    /// looked: a merge or a move made in the newsroom reaches a worker that clusters new articles elsewhere.
    /// </summary>
    public static async Task ApplyEditsAsync(NewsdeskDb db, StoryTracker tracker, DateTimeOffset now, CancellationToken ct)
    {
        var edits = await db.StoryEdits.AsNoTracking().Where(e => e.Id > tracker.EditsSeen)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.StoryId }).ToListAsync(ct);
        if (edits.Count == 0)
        {
            return;
        }

        await RebuildAsync(db, tracker.Clusterer, edits.Select(e => e.StoryId).ToList(), now, ct, tracker.Copies);
        tracker.EditsSeen = edits[^1].Id;
    }

    /// <summary>
    /// After a merge or a move has committed with its edits logged: the live clusterer applies them (with
    /// any other process's), so the next article here already compares with what the editor decided, and
    /// the stories take the headline and keywords it now gives them. Before the first ingestion the
    /// tracker is empty (it will load the window, edits included, from the store): a scratch clusterer
    /// then rebuilds the stories only to describe them.
    /// </summary>
    public static async Task AfterEditAsync(NewsdeskDb db, StoryTracker tracker, IReadOnlyList<Story> stories, DateTimeOffset now, CancellationToken ct)
    {
        var clusterer = tracker.Clusterer;
        if (tracker.Loaded)
        {
            await ApplyEditsAsync(db, tracker, now, ct);
        }
        else
        {
            clusterer = new StoryClusterer(tracker.Clusterer.Options);
            await RebuildAsync(db, clusterer, stories.Select(s => s.Id).ToList(), now, ct);
        }

        foreach (var story in stories)
        {
            if (clusterer.Describe(story.Id) is { Headline.Length: > 0 } summary)
            {
                story.Describe(summary);
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="moving"/> (an article and its copies) in <paramref name="into"/> (placed, by an
    /// editor or by what followed them: no clusterer score to doubt any more), recounts both stories and
    /// logs both as edited (<paramref name="log"/>: <see cref="StoryEdit.Moved"/> or <see cref="StoryEdit.Split"/>),
    /// so every process that clusters (this one too) rebuilds them before its next batch. With
    /// <paramref name="keepScores"/> (an unmerge: the articles return to the story the clusterer put them
    /// in), their join scores stay, and so does any join still to check.
    /// </summary>
    public static async Task MoveAsync(NewsdeskDb db, IReadOnlyList<Articles.Article> moving, Story from, Story into, (StoryEdit Out, StoryEdit In) log, CancellationToken ct,
        bool keepScores = false)
    {
        foreach (var a in moving)
        {
            a.StoryId = into.Id;
            if (!keepScores)
            {
                a.StoryScore = null;
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var story in new[] { from, into })
        {
            await RecountAsync(db, story, ct);
        }

        db.StoryEdits.AddRange(log.Out, log.In);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A story's count and time span, from all its stored articles.</summary>
    public static async Task RecountAsync(NewsdeskDb db, Story story, CancellationToken ct)
    {
        var times = await db.Articles.AsNoTracking().Where(a => a.StoryId == story.Id).Select(a => a.PublishedAt ?? a.RetrievedAt).ToListAsync(ct);
        story.ArticleCount = times.Count;
        if (times.Count > 0)
        {
            story.FirstSeenAt = times.Min();
            story.UpdatedAt = times.Max();
        }
    }
}
