namespace Newsdesk.Core.Parsing;

/// <summary>A Podlove Simple Chapter mark inside an episode.</summary>
public sealed record FeedChapter(TimeSpan Start, string Title, string? Href = null, string? Image = null);
