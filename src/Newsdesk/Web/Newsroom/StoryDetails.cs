using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;

namespace Newsdesk.Web.Newsroom;

/// <summary>
/// An article of a story, with what it copies and who copied it. <paramref name="StoryScore"/> is the
/// clusterer's log-odds when it joined (null when it started the story or an editor placed it);
/// <paramref name="CheckJoin"/> asks an editor to check an original whose join, or a copy's, was weak.
/// </summary>
internal sealed record StoryArticle(
    long Id,
    string Title,
    string? Outlet,
    string? Byline,
    DateTimeOffset Time,
    string? Url,
    int WordCount,
    bool Read,
    long? CopyOfId,
    CopyKind CopyKind,
    double? VerbatimShare,
    string? CopyOfOutlet,
    IReadOnlyList<string> AlsoCarriedBy,
    double? StoryScore,
    bool CheckJoin,
    ArticleGenre Genre);

/// <summary>An entity of a story: how many of its articles name it, and how often.</summary>
internal sealed record StoryEntity(string Key, string Name, EntityKind Kind, int Articles, int Mentions);

/// <summary>Everything the story page shows: articles in time order, copies, quotes, figures (each once, with the outlets stating it, and where outlets disagree), entities.</summary>
internal sealed record StoryDetails(
    Story Story,
    IReadOnlyList<StoryArticle> Articles,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<FigureClaim> Figures,
    IReadOnlyList<FigureDisagreement> Disagreements,
    IReadOnlyList<StoryEntity> Entities)
{
    /// <param name="weakJoinScore">Joins scored below this are marked to check (<see cref="StoryClusteringOptions.WeakJoinScore"/>).</param>
    public static async Task<StoryDetails?> LoadAsync(NewsdeskDb db, long id, double weakJoinScore, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (story is null)
        {
            return null;
        }

        var rows = await db.Articles.AsNoTracking().Where(a => a.StoryId == id)
            .OrderBy(a => a.PublishedAt ?? a.RetrievedAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Outlet, a.Byline, a.PublishedAt, a.RetrievedAt, a.Url, a.WordCount, a.ReadAt, a.CopyOfId, a.CopyKind, a.VerbatimShare, a.StoryScore, a.Genre })
            .ToListAsync(ct);
        var outletById = rows.ToDictionary(r => r.Id, r => r.Outlet);
        var copiesOf = rows.Where(r => r.CopyOfId != null).GroupBy(r => r.CopyOfId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Outlet ?? "unknown outlet").Distinct().ToList());
        var toCheck = StoryQueries.WeakestJoins(rows.Where(r => r.StoryScore is not null)
            .Select(r => new JoinScore(r.Id, r.CopyOfId is { } o && outletById.ContainsKey(o) ? o : null, r.StoryScore!.Value)), weakJoinScore);
        var articles = rows.Select(r => new StoryArticle(
            r.Id, r.Title, r.Outlet, r.Byline, r.PublishedAt ?? r.RetrievedAt, r.Url, r.WordCount, r.ReadAt != null,
            r.CopyOfId, r.CopyKind, r.VerbatimShare,
            r.CopyOfId is { } o ? outletById.GetValueOrDefault(o) ?? "another outlet" : null,
            copiesOf.GetValueOrDefault(r.Id) ?? [],
            r.StoryScore, toCheck.ContainsKey(r.Id), r.Genre)).ToList();

        var ids = rows.Select(r => r.Id).ToList();
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId != null && ids.Contains(q.ArticleId.Value))
            .OrderByDescending(q => q.Verified).ThenBy(q => q.Id).Take(100).ToListAsync(ct);
        // The same words reach the store more than once (extracted from each copy, or also curated):
        // one wording once, as in the brief.
        quotes = quotes.DistinctBy(q => QuoteText.Normalize(q.Text)).Take(50).ToList();
        var keywords = story.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var figures = await db.FigureSightingsAsync(ids, ct);
        var entities = (await db.ArticleEntities.AsNoTracking().Where(e => ids.Contains(e.ArticleId))
                .Select(e => new { e.Key, e.Name, e.Kind, e.ArticleId, e.Mentions }).ToListAsync(ct))
            .GroupBy(e => e.Key)
            .Select(g => new StoryEntity(g.Key, g.GroupBy(e => e.Name).OrderByDescending(n => n.Count()).First().Key, g.First().Kind,
                g.Select(e => e.ArticleId).Distinct().Count(), g.Sum(e => e.Mentions)))
            .OrderByDescending(e => e.Articles).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(40).ToList();
        return new StoryDetails(story, articles, quotes, keywords, FigureComparer.Tally(figures), FigureComparer.FindDisagreements(figures), entities);
    }

}
