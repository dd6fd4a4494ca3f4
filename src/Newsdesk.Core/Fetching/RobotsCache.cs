using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// robots.txt per origin, fetched once through the polite fetcher and kept for a day (RFC 9309
/// §2.4). Missing (4xx) means allowed; unreachable (5xx, network, 429) means disallowed for now.
/// Feeds the editor subscribed to are not gated by it; article pages fetched on our own initiative are.
/// </summary>
public sealed class RobotsCache(PageFetcher fetcher, TimeProvider clock, ILogger<RobotsCache> logger)
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "Newsdesk";

    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB and not to cache for more than a day.</summary>
    private const long MaxRobotsBytes = 500 * 1024;

    private static readonly TimeSpan FreshFor = TimeSpan.FromHours(24);

    /// <summary>An unreachable robots.txt is asked for again sooner than a present one.</summary>
    private static readonly TimeSpan UnreachableFreshFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsTxt Rules, DateTimeOffset Expires)>>> _byOrigin = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var entry = _byOrigin.GetOrAdd(origin, o => new Lazy<Task<(RobotsTxt, DateTimeOffset)>>(() => LoadAsync(new Uri(o), ct)));
            (RobotsTxt Rules, DateTimeOffset Expires) loaded;
            try
            {
                loaded = await entry.Value;
            }
            catch (OperationCanceledException)
            {
                // The caller that started the load was cancelled; the next caller loads afresh.
                _byOrigin.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsTxt, DateTimeOffset)>>>(origin, entry));
                throw;
            }

            var (rules, expires) = loaded;
            if (expires > clock.GetUtcNow())
            {
                return rules.IsAllowed(url);
            }

            _byOrigin.TryRemove(new KeyValuePair<string, Lazy<Task<(RobotsTxt, DateTimeOffset)>>>(origin, entry));
        }
    }

    private async Task<(RobotsTxt, DateTimeOffset)> LoadAsync(Uri origin, CancellationToken ct)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(origin, "/robots.txt")) { Accept = "text/plain", MaxBytes = MaxRobotsBytes }, ct);
        var now = clock.GetUtcNow();
        var (rules, freshFor) = result.Outcome switch
        {
            FetchOutcome.Ok => (RobotsTxt.Parse(Encoding.UTF8.GetString(result.Body), ProductToken), FreshFor),
            FetchOutcome.Gone => (RobotsTxt.AllowAll, FreshFor),
            FetchOutcome.Failed when result.StatusCode is >= 400 and < 500 => (RobotsTxt.AllowAll, FreshFor),
            FetchOutcome.Failed when result.Failure == FetchFailure.TooLarge => (RobotsTxt.AllowAll, FreshFor),
            _ => (RobotsTxt.DisallowAll, UnreachableFreshFor),
        };
        FetchingLog.RobotsFetched(logger, origin.Host, result.Outcome, rules.RuleCount);
        return (rules, now + freshFor);
    }
}
