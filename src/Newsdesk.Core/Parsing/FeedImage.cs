namespace Newsdesk.Core.Parsing;

/// <summary>An image representing a feed or entry (RSS image, iTunes image, media thumbnail).</summary>
public sealed record FeedImage(string Url, string? Title = null, string? Link = null, int? Width = null, int? Height = null, string? Description = null);
