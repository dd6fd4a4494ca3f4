using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Ranking;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Ranks what arrived in a window by the beat in force: one entry per story, and one per article
/// that no story holds yet (a copy joins the article it copies). Off-beat entries (no beat term,
/// or a score of zero or less) are left out, or with <c>includeOffBeat</c> follow the on-beat ones,
/// newest first.
/// </summary>
public sealed class StoryRanker(NewsdeskDb db, BeatLoader beats, EntityExtractor entities, TimeProvider clock)
{
    /// <summary>The on-beat stories with an article published (or retrieved) in [<paramref name="from"/>, <paramref name="to"/>), best first.</summary>
    public async Task<IReadOnlyList<RankedStory>> RankAsync(DateTimeOffset from, DateTimeOffset to, int limit, bool includeOffBeat, CancellationToken ct)
    {
        var scorer = new RelevanceScorer(await beats.LoadAsync(ct), clock, entities);
        var recent = await db.Articles.AsNoTracking()
            .Where(a => (a.PublishedAt ?? a.RetrievedAt) >= from && (a.PublishedAt ?? a.RetrievedAt) < to)
            .ToListAsync(ct);
        var storyIds = recent.Where(a => a.StoryId != null).Select(a => a.StoryId!.Value).Distinct().ToList();
        // A story counts all its articles, also those older than the window.
        var inStories = storyIds.Count == 0
            ? []
            : await db.Articles.AsNoTracking().Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value)).ToListAsync(ct);
        var articles = inStories.Concat(recent.Where(a => a.StoryId == null)).ToList();
        var byId = articles.ToDictionary(a => a.Id);

        var ranked = new List<RankedStory>();
        foreach (var group in articles.GroupBy(a => GroupOf(a, byId)))
        {
            var members = group.OrderBy(a => a.CopyOfId is null ? 0 : 1).ThenBy(a => a.SortTime).ThenBy(a => a.Id).ToList();
            var relevance = scorer.ScoreStory(members);
            if (relevance.Score > 0 || includeOffBeat)
            {
                var lead = Lead(scorer, members.Where(a => InWindow(a, from, to)).DefaultIfEmpty(members[0]).ToList());
                ranked.Add(new RankedStory(members[0].StoryId, lead, members, relevance));
            }
        }

        return ranked
            .OrderByDescending(r => r.Relevance.Score > 0)
            .ThenByDescending(r => r.Relevance.Score > 0 ? r.Relevance.Score : 0)
            .ThenByDescending(r => r.Relevance.LastSeen)
            .ThenBy(r => r.Lead.Id)
            .Take(limit).ToList();
    }

    /// <summary>Stories by id; a loose article by the article it copies (when loaded), else by itself.</summary>
    private static (bool Story, long Id) GroupOf(Article a, Dictionary<long, Article> byId) =>
        a.StoryId is { } story ? (true, story)
        : a.CopyOfId is { } original && byId.TryGetValue(original, out var o) && o.StoryId is null ? (false, original)
        : (false, a.Id);

    internal static bool InWindow(Article a, DateTimeOffset from, DateTimeOffset to) => a.SortTime >= from && a.SortTime < to;

    /// <summary>
    /// Of the story's articles in the window, the original that scores best on its own (ties: the
    /// earliest): it stands for the story in a brief, so a developing story leads with the day's news.
    /// A report leads before any opinion piece: the brief tells the news, and lists commentary as such.
    /// </summary>
    private static Article Lead(RelevanceScorer scorer, List<Article> members)
    {
        var originals = members.Where(a => a.CopyOfId is null).DefaultIfEmpty(members[0]);
        return originals.OrderBy(a => a.Genre == ArticleGenre.Opinion)
            .ThenByDescending(a => scorer.ScoreArticle(a).Score).ThenBy(a => a.SortTime).First();
    }
}
