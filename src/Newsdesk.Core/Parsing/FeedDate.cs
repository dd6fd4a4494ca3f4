namespace Newsdesk.Core.Parsing;

/// <summary>A date as the feed wrote it, and the instant it denotes when it could be read.</summary>
public sealed record FeedDate(string Text, DateTimeOffset? Value);
