namespace Newsdesk.Core.Pipeline;

/// <summary>What reading a fetched feed gave: new articles stored, the entries' dates (for the
/// schedule), and either a problem (not a feed: the check failed) or a warning (read despite errors).</summary>
public sealed record FeedRead(int NewArticles, IReadOnlyList<DateTimeOffset> EntryDates, string? Problem, string? Warning);
