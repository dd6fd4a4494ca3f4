namespace Newsdesk.Core.Parsing;

/// <summary>An rssCloud endpoint (RSS 2.0 cloud element): where to register for update notifications.</summary>
public sealed record FeedCloud(string? Domain, int? Port, string? Path, string? RegisterProcedure, string? Protocol);
