using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>One line of `sources list`: a source and how its checks are going.</summary>
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
    string? DisabledReason);
