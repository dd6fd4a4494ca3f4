using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Stories;

/// <summary>Rebuilds stories of a live clusterer, and their counts, from what the store holds for them.</summary>
internal static class StoryWindow
{
    /// <summary>
    /// Each story starts again from its stored articles of the window, in time order (the window rule of
    /// a reload after restart); a story with none left (merged away, or older than the window) leaves memory.
    /// </summary>
    public static async Task RebuildAsync(NewsdeskDb db, StoryClusterer clusterer, IReadOnlyCollection<long> storyIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = storyIds.Distinct().ToList();
        var cutoff = now - clusterer.Options.Window;
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && (a.RetrievedAt >= cutoff || a.PublishedAt >= cutoff))
            .Select(a => new { a.Id, a.StoryId, a.Title, a.Text, a.PublishedAt, a.RetrievedAt })
            .ToListAsync(ct);
        foreach (var id in ids)
        {
            clusterer.Rebuild(id, rows.Where(a => a.StoryId == id)
                .OrderBy(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id)
                .Select(a => StoryFeatureExtractor.Extract(new StoryDocument(a.Title, a.Text, a.PublishedAt ?? a.RetrievedAt), clusterer.Options)));
        }
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
