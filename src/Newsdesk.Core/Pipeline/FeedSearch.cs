namespace Newsdesk.Core.Pipeline;

/// <summary>What a URL offers to follow: itself when it is a feed, else the feeds its page links, or why there are none.</summary>
public sealed record FeedSearch(Uri? Url, bool IsFeed, IReadOnlyList<FeedOption> Feeds, string? Problem)
{
    public static FeedSearch Failed(string problem) => new(null, false, [], problem);
}
