using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Figures;

/// <summary>Store queries for figures as articles state them, and where a story's outlets disagree (the story page and the brief).</summary>
public static class FigureQueries
{
    /// <summary>The figures of these articles, each with its outlet, time and sentence, in article and text order.</summary>
    public static async Task<IReadOnlyList<FigureSighting>> FigureSightingsAsync(this NewsdeskDb db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        var figures = await db.ArticleFigures.AsNoTracking().Where(f => articleIds.Contains(f.ArticleId))
            .OrderBy(f => f.ArticleId).ThenBy(f => f.Start).ToListAsync(ct);
        if (figures.Count == 0)
        {
            return [];
        }

        var withFigures = figures.Select(f => f.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => withFigures.Contains(a.Id))
            .Select(a => new { a.Id, a.Text, a.Outlet, Time = a.PublishedAt ?? a.RetrievedAt })
            .ToDictionaryAsync(a => a.Id, ct);
        return figures.Select(f =>
        {
            var article = articles.GetValueOrDefault(f.ArticleId);
            var text = article?.Text ?? "";
            var sentence = f.SentenceStart >= 0 && f.SentenceLength > 0 && f.SentenceStart + f.SentenceLength <= text.Length
                ? text.Substring(f.SentenceStart, f.SentenceLength)
                : f.Text;
            return new FigureSighting(f, f.ArticleId, article?.Outlet, article?.Time, sentence);
        }).ToList();
    }

    /// <summary>
    /// The figures each of these stories' outlets disagree on, by story id, in the articles published
    /// before <paramref name="before"/> when given (a brief's day); stories whose outlets agree are left out.
    /// </summary>
    public static async Task<Dictionary<long, IReadOnlyList<FigureDisagreement>>> StoryDisagreementsAsync(
        this NewsdeskDb db, IReadOnlyCollection<long> storyIds, DateTimeOffset? before, CancellationToken ct)
    {
        var members = await db.Articles.AsNoTracking()
            .Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value) && (before == null || (a.PublishedAt ?? a.RetrievedAt) < before))
            .Select(a => new { a.Id, StoryId = a.StoryId!.Value }).ToListAsync(ct);
        var storyOf = members.ToDictionary(m => m.Id, m => m.StoryId);
        var sightings = await db.FigureSightingsAsync(storyOf.Keys, ct);
        var result = new Dictionary<long, IReadOnlyList<FigureDisagreement>>();
        foreach (var story in sightings.GroupBy(s => storyOf[s.ArticleId]))
        {
            if (FigureComparer.FindDisagreements(story) is { Count: > 0 } disagreements)
            {
                result[story.Key] = disagreements;
            }
        }

        return result;
    }
}
