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

    /// <summary>
    /// One item per story updated in [<paramref name="from"/>, <paramref name="to"/>), most recently
    /// updated first: the lead is the earliest article that copies no other; copies collapse into
    /// "also carried by"; a copy crediting an outlet that is not in the store still names it as the
    /// original outlet.
    /// </summary>
    public static async Task<List<StoryItem>> StoryItemsAsync(this NewsdeskDb db, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var stories = await db.Stories.AsNoTracking()
            .Where(s => s.MergedIntoId == null && s.UpdatedAt >= from && s.UpdatedAt < to)
            .ToListAsync(ct);
        var ids = stories.Select(s => s.Id).ToList();
        var articles = (await db.Articles.AsNoTracking().Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value)).ToListAsync(ct))
            .ToLookup(a => a.StoryId!.Value);
        var items = new List<StoryItem>();
        foreach (var story in stories.OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id))
        {
            var members = articles[story.Id].OrderBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var lead = members.FirstOrDefault(a => a.CopyOfId is null) ?? members[0];
            var copies = members.Where(a => a.CopyOfId == lead.Id).ToList();
            var others = members.Where(a => a != lead && a.CopyOfId is null).ToList();
            var original = lead.Outlet ?? copies.Select(c => c.CopyCredit).FirstOrDefault(c => c is not null);
            items.Add(new StoryItem(story, lead, original,
                Outlets(copies, original), Outlets(others, original)));
        }

        return items;
    }

    private static List<string> Outlets(IEnumerable<Article> articles, string? except) =>
        articles.Select(a => a.Outlet).OfType<string>().Where(o => o != except).Distinct().ToList();

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
