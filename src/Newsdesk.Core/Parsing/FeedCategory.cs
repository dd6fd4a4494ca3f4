namespace Newsdesk.Core.Parsing;

/// <summary>A category, tag or keyword, with the vocabulary it belongs to when stated.</summary>
public sealed record FeedCategory(string Term, string? Scheme = null, string? Label = null);
