namespace Newsdesk.Core.Stories;

/// <summary>What a live story looks like now: representative headline, keywords, time span and size.</summary>
public sealed record StorySummary(long StoryId, string Headline, IReadOnlyList<string> Keywords, DateTimeOffset? FirstSeen, DateTimeOffset? Updated, int ArticleCount)
{
    public const int KeywordCount = 8;
}
