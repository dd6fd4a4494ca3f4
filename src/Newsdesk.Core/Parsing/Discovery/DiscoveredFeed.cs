namespace Newsdesk.Core.Parsing.Discovery;

/// <summary>A feed a web page points to, or (<see cref="IsGuess"/>) a conventional address worth probing.</summary>
public sealed record DiscoveredFeed(Uri Url, string? Title, string? Type, bool IsGuess);
