namespace Newsdesk.Core.Pipeline;

/// <summary>What the editor asked to follow: a feed URL or a page that links its feeds.</summary>
public sealed record NewSource(string Url)
{
    /// <summary>A title to use instead of the feed's own.</summary>
    public string? Title { get; init; }

    /// <summary>OPML category path ("Korea/Defense").</summary>
    public string? Category { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
