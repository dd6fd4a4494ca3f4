using System.Linq.Expressions;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Stories;

/// <summary>
/// What the live window needs of a stored article that is in a story: a reload after restart, the
/// catch-up of other processes' articles and the rebuild after an editor's edit all read it this way.
/// </summary>
internal sealed record StoredStoryArticle(long Id, long StoryId, string Title, string Text, DateTimeOffset Time, string? Outlet, long? CopyOfId, ArticleGenre Genre)
{
    /// <summary>The projection for a query over articles that have a story.</summary>
    public static readonly Expression<Func<Article, StoredStoryArticle>> FromArticle = a =>
        new StoredStoryArticle(a.Id, a.StoryId!.Value, a.Title, a.Text, a.PublishedAt ?? a.RetrievedAt, a.Outlet, a.CopyOfId, a.Genre);

    public StoryFeatures Features(StoryClusteringOptions options) =>
        StoryFeatureExtractor.Extract(new StoryDocument(Title, Text, Time, Genre == ArticleGenre.Opinion, Id), options);

    /// <summary>
    /// Adds the article to <paramref name="storyId"/> in the tracker's clusterer, and to its copy finder
    /// when it is recent enough to be copied still (with the copy decision the store keeps).
    /// </summary>
    public void AddTo(StoryTracker tracker, long storyId, DateTimeOffset now)
    {
        tracker.Clusterer.Add(Features(tracker.Clusterer.Options), storyId);
        if (Time >= now - tracker.Copies.Window)
        {
            tracker.Copies.Add(CopySignature.Create(Id, Title, Text, Time, Outlet), storyId, new CopyDecision(CopyOfId, CopyVerdict.None, []));
        }
    }
}
