namespace Newsdesk.Core.Search;

/// <summary>A page of search hits; <see cref="HasMore"/> when another page follows.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool HasMore, string? Problem = null)
{
    public static readonly SearchResults Empty = new([], false);
}
