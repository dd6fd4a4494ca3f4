namespace Newsdesk.Core.Pipeline;

/// <summary>
/// A feed the editor may follow: the URL given (when it is a feed), or one a page links to.
/// <see cref="Entries"/> is known when the feed was fetched and read; <see cref="FollowedAs"/> is
/// the id of the source that already follows it.
/// </summary>
public sealed record FeedOption(Uri Url, string? Title, string? Type, int? Entries, long? FollowedAs);
