using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Politeness per host, shared by every fetch in the process: at most
/// <see cref="FetchingOptions.MaxConcurrentRequestsPerHost"/> requests in flight, request starts at least
/// <see cref="FetchingOptions.MinDelayPerHostMilliseconds"/> apart, and no request at all while a
/// host's Retry-After pause runs.
/// </summary>
public sealed class HostGate(IOptions<FetchingOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _slots = options.Value.MaxConcurrentRequestsPerHost;
    private readonly TimeSpan _minDelay = TimeSpan.FromMilliseconds(options.Value.MinDelayPerHostMilliseconds);

    /// <summary>Waits for a slot and for the host's minimum delay, then holds the slot until disposed.</summary>
    public async ValueTask<IDisposable> AcquireAsync(string host, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState(_slots));
        await state.Slots.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (state)
            {
                var now = clock.GetUtcNow();
                var start = state.NextStart > now ? state.NextStart : now;
                state.NextStart = start + _minDelay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }

            return new Lease(state);
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    /// <summary>Stops every request to the host until the given time (a 429 or 503 Retry-After).</summary>
    public void Pause(string host, DateTimeOffset until)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState(_slots));
        lock (state)
        {
            if (until > state.PausedUntil)
            {
                state.PausedUntil = until;
            }
        }
    }

    /// <summary>The end of the host's pause, or null when requests may go.</summary>
    public DateTimeOffset? PausedUntil(string host)
    {
        if (!_hosts.TryGetValue(host, out var state))
        {
            return null;
        }

        lock (state)
        {
            return state.PausedUntil > clock.GetUtcNow() ? state.PausedUntil : null;
        }
    }

    private sealed class HostState(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots, slots);

        public DateTimeOffset NextStart { get; set; }

        public DateTimeOffset PausedUntil { get; set; }
    }

    private sealed class Lease(HostState state) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                state.Slots.Release();
            }
        }
    }
}
