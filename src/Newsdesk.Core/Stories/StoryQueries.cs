using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Stories;

/// <summary>Store queries for stories and copies (one item per story, "also carried by").</summary>
public static class StoryQueries
{
    /// <summary>A story's articles in time order (a merged story's id leads to the story it was merged into).</summary>
    public static async Task<List<Article>> StoryArticlesAsync(this NewsdeskDb db, long storyId, CancellationToken ct)
    {
        var id = await ResolveAsync(db, storyId, ct);
        var articles = await db.Articles.AsNoTracking().Where(a => a.StoryId == id).ToListAsync(ct);
        return articles.OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
    }

    /// <summary>The outlets that carried copies of an article, earliest first, each once: its "also carried by".</summary>
    public static async Task<List<string>> AlsoCarriedByAsync(this NewsdeskDb db, long originalId, CancellationToken ct)
    {
        var copies = await db.Articles.AsNoTracking().Where(a => a.CopyOfId == originalId && a.Outlet != null)
            .Select(a => new { a.Id, a.Outlet, a.PublishedAt, a.RetrievedAt }).ToListAsync(ct);
        return copies.OrderBy(c => c.PublishedAt ?? c.RetrievedAt).ThenBy(c => c.Id).Select(c => c.Outlet!).Distinct().ToList();
    }

    /// <summary>The story an id stands for now, following merges.</summary>
    public static async Task<long> ResolveAsync(this NewsdeskDb db, long storyId, CancellationToken ct)
    {
        for (var hops = 0; hops < 64; hops++)
        {
            var next = await db.Stories.Where(s => s.Id == storyId).Select(s => s.MergedIntoId).FirstOrDefaultAsync(ct);
            if (next is not { } into)
            {
                return storyId;
            }

            storyId = into;
        }

        return storyId;
    }
}
