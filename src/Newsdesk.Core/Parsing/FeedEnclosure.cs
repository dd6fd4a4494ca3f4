namespace Newsdesk.Core.Parsing;

/// <summary>A file attached to an entry (podcast audio, video, image).</summary>
public sealed record FeedEnclosure(string Url, string? Type = null, long? Length = null);
