namespace Newsdesk.Core.Pipeline;

/// <summary>Which sources to list: one health state, words in the title, URL or category, one page.</summary>
public sealed record SourceListQuery
{
    public const int MaxPageSize = 500;

    public SourceState? State { get; init; }

    public string? Text { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 100;
}
