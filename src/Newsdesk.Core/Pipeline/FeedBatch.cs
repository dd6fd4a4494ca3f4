using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>A fetched feed made ready to store: drafts of its new entries (oldest first), the
/// entries' dates for the schedule, and a problem (not a feed) or a warning (read despite errors).</summary>
public sealed record FeedBatch(Source Source, IReadOnlyList<ArticleDraft> Drafts, IReadOnlyList<DateTimeOffset> EntryDates, string? Problem, string? Warning);
