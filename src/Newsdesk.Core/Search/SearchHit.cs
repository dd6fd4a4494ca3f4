namespace Newsdesk.Core.Search;

/// <summary>
/// One matching article. <see cref="Title"/> and <see cref="Snippet"/> mark matched words between
/// <see cref="HighlightMarks.Start"/> and <see cref="HighlightMarks.End"/>; renderers encode the
/// text and turn the marks into highlighting. <see cref="AlsoCarriedBy"/> names the outlets whose
/// copies of it the search folded into it (see <see cref="SearchQuery.Copies"/>).
/// </summary>
public sealed record SearchHit(
    long ArticleId,
    long? StoryId,
    string Title,
    string Snippet,
    string? Outlet,
    string? Byline,
    DateTimeOffset Time,
    string? Url)
{
    public IReadOnlyList<string> AlsoCarriedBy { get; init; } = [];
}

/// <summary>The control characters that delimit highlighted words in search results (never found in article text).</summary>
public static class HighlightMarks
{
    public const char Start = '\u0002';
    public const char End = '\u0003';

    /// <summary>The text with the marks removed.</summary>
    public static string Strip(string marked) => marked.Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal);
}
