namespace Newsdesk.Core.Fetching;

/// <summary>One URL to fetch, with the validators of the copy we already have.</summary>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>What feeds are asked for: every feed type first, HTML last (a page may link its feed).</summary>
    public const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string Accept { get; init; } = FeedAccept;

    /// <summary>A smaller cap than <see cref="FetchingOptions.MaxResponseBytes"/> (robots.txt), or null.</summary>
    public long? MaxBytes { get; init; }
}
