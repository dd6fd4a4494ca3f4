using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Briefs;

/// <summary>Brief queries on the store: the renderable <see cref="BriefView"/> of stored briefs.</summary>
public static class BriefQueries
{
    /// <summary>A brief (draft or published) by id, items in order with their articles, and its quotes; null when there is none.</summary>
    public static Task<BriefView?> LoadBriefViewAsync(this NewsdeskDb db, long briefId, CancellationToken ct) =>
        LoadAsync(db.Briefs.Where(b => b.Id == briefId), ct);

    /// <summary>A published brief by its public slug; null for drafts and unknown slugs.</summary>
    public static Task<BriefView?> LoadPublishedBriefViewAsync(this NewsdeskDb db, string slug, CancellationToken ct) =>
        LoadAsync(db.Briefs.Where(b => b.Slug == slug && b.Status == BriefStatus.Published), ct);

    /// <summary>The latest published briefs, newest first (feeds).</summary>
    public static async Task<IReadOnlyList<BriefView>> LoadLatestPublishedBriefViewsAsync(this NewsdeskDb db, int count, CancellationToken ct)
    {
        var ids = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id).Select(b => b.Id).Take(count).ToListAsync(ct);
        var views = new List<BriefView>(ids.Count);
        foreach (var id in ids)
        {
            if (await db.LoadBriefViewAsync(id, ct) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    private static async Task<BriefView?> LoadAsync(IQueryable<Brief> query, CancellationToken ct)
    {
        var brief = await query.AsNoTracking()
            .Include(b => b.Items).ThenInclude(i => i.Article)
            .Include(b => b.Items).ThenInclude(i => i.Story)
            .Include(b => b.Quotes).ThenInclude(q => q.Quote)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        return brief is null ? null : BriefViewBuilder.From(brief);
    }
}
