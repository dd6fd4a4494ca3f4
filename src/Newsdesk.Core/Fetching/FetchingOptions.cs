using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Core.Fetching;

/// <summary>How Newsdesk fetches feeds and pages (section "Fetching").</summary>
public sealed class FetchingOptions
{
    public const string SectionName = "Fetching";

    /// <summary>Time allowed to resolve a host and open a TCP connection, in seconds.</summary>
    [Range(1, 300)]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Time allowed for a whole fetch (every redirect hop, headers and body), in seconds.
    /// A body that drips slower than this is abandoned.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Largest body read, in bytes, counted after decompression (so a gzip bomb stops here).
    /// 10 MiB: the largest real feeds we know of (full-text podcast feeds) are 3-5 MiB.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed before giving up; each hop is re-checked (scheme, loop, address).</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests in flight at once to one host when <see cref="MinDelayPerHostMilliseconds"/> is 0
    /// (with a delay, requests to a host are sequential).</summary>
    [Range(1, 64)]
    public int MaxConcurrentRequestsPerHost { get; set; } = 2;

    /// <summary>Minimum time from the end of one request to a host to the start of the next, in milliseconds.</summary>
    [Range(0, 600_000)]
    public int MinDelayPerHostMilliseconds { get; set; } = 1000;

    /// <summary>
    /// How long one process keeps its turn at a host when several share a store (<see cref="HostTurns"/>),
    /// renewed while it has work there. A turn lasts at least twice <see cref="TimeoutSeconds"/> whatever
    /// this says: a process starts no request that could outlast its turn.
    /// </summary>
    [Range(2, 3600)]
    public int HostTurnSeconds { get; set; } = 90;

    /// <summary>Longest a 429/503 Retry-After may pause a host, in seconds (a year-long Retry-After is capped).</summary>
    [Range(1, 7 * 24 * 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 24 * 3600;

    /// <summary>When true, loopback, private, link-local and metadata addresses may be fetched
    /// (tests, or a Newsdesk that follows intranet feeds). Off by default: see <see cref="NetworkGuard"/>.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Private addresses or CIDR ranges allowed even when <see cref="AllowPrivateNetworks"/> is false
    /// ("10.20.0.0/16", "192.168.1.5"): one intranet host without opening the whole network.</summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];

    /// <summary>The page publishers can read about this crawler; sent in the User-Agent as "(+url)".</summary>
    [Required]
    [Url]
    public string ContactUrl { get; set; } = "https://newsdesk.example/bot";
}
