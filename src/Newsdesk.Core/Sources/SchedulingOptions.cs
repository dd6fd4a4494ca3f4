using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Core.Sources;

/// <summary>When sources are checked, how failures back off, and how many run at once (section "Scheduling").</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The floor: no source is checked more often than this, whatever its cadence or Retry-After.</summary>
    [Range(1, 1440)]
    public int MinIntervalMinutes { get; set; } = 15;

    /// <summary>The ceiling of the adaptive interval: even a quiet source is looked at daily.</summary>
    [Range(1, 7 * 1440)]
    public int MaxIntervalMinutes { get; set; } = 1440;

    /// <summary>The interval while a source's publishing cadence is unknown (fewer than two dated entries).</summary>
    [Range(1, 7 * 1440)]
    public int DefaultIntervalMinutes { get; set; } = 60;

    /// <summary>Longest wait after repeated errors (the backoff doubles from the floor up to this).</summary>
    [Range(1, 30 * 1440)]
    public int MaxBackoffMinutes { get; set; } = 1440;

    /// <summary>Consecutive failures after which a source is disabled with its last error kept.
    /// 8 with the defaults is about 2.5 days of doubling waits (15 min to 24 h): a weekend outage
    /// survives, a dead feed stops costing requests.</summary>
    [Range(1, 1000)]
    public int MaxConsecutiveFailures { get; set; } = 8;

    /// <summary>Consecutive failures ending in a 404 after which the source is disabled: a feed that
    /// is missing three checks in a row has moved or gone (a 410 disables at once).</summary>
    [Range(1, 1000)]
    public int NotFoundLimit { get; set; } = 3;

    /// <summary>Sources refreshed at once (workers of `refresh` and `run`); per-host limits still apply.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 8;

    /// <summary>How often `run` looks for due sources, in seconds.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 60;

    /// <summary>How long a worker's claim on a source lasts, in seconds (see <see cref="Pipeline.SourceLeases"/>). A check
    /// is the feed fetch plus at most <c>TeaserReader.MaxPagesPerCheck</c> page fetches, each within
    /// Fetching:TimeoutSeconds (11 × 30 s with the defaults), then the store step: 15 minutes leaves
    /// room for a slow store, and is how long a dead worker's sources wait before another takes them.</summary>
    [Range(5, 24 * 3600)]
    public int LeaseSeconds { get; set; } = 900;

    /// <summary>Largest number of due sources `run` takes per look.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;
}
