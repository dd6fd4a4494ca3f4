using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>One line of `sources list` and the sources page: a source and how its checks are going.</summary>
public sealed record SourceHealth(
    long Id,
    string Title,
    string? Url,
    SourceKind Kind,
    string? Category,
    IReadOnlyList<string> Tags,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastCheckedAt,
    string? LastError,
    int ErrorCount,
    DateTimeOffset? NextCheckAt,
    int? CheckIntervalMinutes,
    bool Disabled,
    string? DisabledReason)
{
    /// <summary>Articles stored from this source.</summary>
    public int ArticleCount { get; init; }

    /// <summary>The worker checking the source right now, if any.</summary>
    public string? CheckingBy { get; init; }

    public SourceState State => Disabled ? SourceState.Disabled : ErrorCount > 0 ? SourceState.Failing : LastSuccessAt is null ? SourceState.New : SourceState.Ok;
}
