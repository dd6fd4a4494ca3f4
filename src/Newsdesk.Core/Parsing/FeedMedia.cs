namespace Newsdesk.Core.Parsing;

/// <summary>A Media RSS object (media:content, media:thumbnail, media:player, or a media:group of them).</summary>
public sealed record FeedMedia(
    string? Url,
    string? Type = null,
    string? Medium = null,
    long? FileSize = null,
    int? Width = null,
    int? Height = null,
    TimeSpan? Duration = null,
    string? Title = null,
    string? Description = null,
    string? ThumbnailUrl = null,
    string? PlayerUrl = null);
