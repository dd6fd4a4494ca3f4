using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs;

/// <summary>Brief queries on the store.</summary>
public static class BriefQueries
{
    /// <summary>The renderable view of a stored brief (items in order, with their articles and quotes), or null.</summary>
    public static async Task<BriefView?> LoadBriefViewAsync(this NewsdeskDb db, long briefId, CancellationToken ct)
    {
        var brief = await db.Briefs.AsNoTracking().Include(b => b.Items).Include(b => b.Quotes).AsSplitQuery().FirstOrDefaultAsync(b => b.Id == briefId, ct);
        if (brief is null)
        {
            return null;
        }

        var articleIds = brief.Items.Where(i => i.ArticleId is not null).Select(i => i.ArticleId!.Value).ToList();
        var quoteIds = brief.Quotes.Select(q => q.QuoteId).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var quotes = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, ct);
        var carriers = new Dictionary<long, List<string>>();
        foreach (var id in articleIds)
        {
            carriers[id] = await db.AlsoCarriedByAsync(id, ct);
        }

        return BriefViewBuilder.From(brief, articles, quotes, await db.ItemSummariesAsync(brief.Items, ct), carriers);
    }
}
