using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Ranking;

/// <summary>
/// A story (or an article no story holds yet) in beat order: its lead article, every article
/// (copies included, originals first, oldest first) and its relevance with the reasons.
/// </summary>
public sealed record RankedStory(long? StoryId, Article Lead, IReadOnlyList<Article> Articles, Relevance Relevance);
