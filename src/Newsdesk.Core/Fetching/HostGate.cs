using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Politeness per host, shared by every fetch in the process, and no request at all while a
/// host's Retry-After pause runs. With a minimum delay (the default), requests to a host are
/// sequential and each starts at least <see cref="FetchingOptions.MinDelayPerHostMilliseconds"/>
/// after the previous one finished, as Crawl-delay means; measuring from the finish (not from the
/// previous start) is what guarantees the publisher sees the gap, however long connecting took.
/// With no delay, up to <see cref="FetchingOptions.MaxConcurrentRequestsPerHost"/> run at once.
/// With <paramref name="turns"/> (a store shared by several processes), a request also waits for this
/// process's turn at the host, so the limits hold across processes too.
/// </summary>
public sealed class HostGate(IOptions<FetchingOptions> options, TimeProvider clock, HostTurns? turns = null)
{
    /// <summary>Longest single wait for another process's turn before asking again (it may give the turn up early).</summary>
    private static readonly TimeSpan MaxTurnWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A turn is given back when the process has not used the host for this long past the host's delay:
    /// a host's next source usually comes within it, and then needs no new claim.
    /// </summary>
    private static readonly TimeSpan TurnGrace = TimeSpan.FromSeconds(2);

    /// <summary>Added to every politeness wait: .NET timers on Linux run on a 4 ms coarse clock and
    /// may fire that much early (the refresh benchmark saw a 996 ms gap for a 1000 ms delay, and
    /// 997.5 ms with this slack alone, hence the re-check after each wait).</summary>
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan _minDelay = TimeSpan.FromMilliseconds(options.Value.MinDelayPerHostMilliseconds);
    private readonly int _slots = options.Value.MinDelayPerHostMilliseconds > 0 ? 1 : options.Value.MaxConcurrentRequestsPerHost;

    /// <summary>Waits for a slot and for the host's minimum delay, then holds the slot until disposed
    /// (dispose when the response is read: the next delay counts from then).</summary>
    public async ValueTask<IDisposable> AcquireAsync(string host, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState(_slots));
        Interlocked.Increment(ref state.Waiting);
        try
        {
            await state.Slots.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref state.Waiting);
        }

        Interlocked.Increment(ref state.Uses);
        try
        {
            // Timers may fire early (see TimerSlack), so the wait ends only when the clock says so.
            while (true)
            {
                TimeSpan wait;
                lock (state)
                {
                    wait = state.NextStart - clock.GetUtcNow();
                }

                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait + TimerSlack, clock, ct);
            }

            if (turns is not null)
            {
                await WaitForTurnAsync(host, state, ct);
            }

            return new Lease(this, host, state);
        }
        catch
        {
            // A request that never started (cancelled, or its claim failed) may still have renewed the turn.
            Free(host, state);
            throw;
        }
    }

    /// <summary>
    /// Holds the slot until this process has a turn at the host long enough for a whole request; a
    /// turn taken over from another process starts with the host's delay (its last request may have
    /// just ended).
    /// </summary>
    private async Task WaitForTurnAsync(string host, HostState state, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        while (true)
        {
            var now = clock.GetUtcNow();
            lock (state)
            {
                if (state.TurnUntil - now > timeout)
                {
                    return;
                }
            }

            var (held, until, tookOver) = await turns!.ClaimAsync(host, ct);
            if (held)
            {
                // Two requests of this process may claim at once (several slots per host) and their
                // answers may come back in either order: the turn is the later end, as in the store.
                lock (state)
                {
                    if (until > state.TurnUntil)
                    {
                        state.TurnUntil = until;
                    }
                }

                if (tookOver && _minDelay > TimeSpan.Zero)
                {
                    await Task.Delay(_minDelay + TimerSlack, clock, ct);
                }

                return;
            }

            var wait = until - now;
            await Task.Delay(wait <= TimeSpan.Zero ? TimerSlack : wait > MaxTurnWait ? MaxTurnWait : wait + TimerSlack, clock, ct);
        }
    }

    /// <summary>
    /// When another process sharing the store has the turn at the host: the end of its turn (scheduled
    /// work can go to other hosts meanwhile, <see cref="Pipeline.RefreshPool"/>). Null when the host is
    /// free, or this process's turn; a host this process holds is answered without asking the store.
    /// </summary>
    public async ValueTask<DateTimeOffset?> HeldElsewhereAsync(string host, CancellationToken ct)
    {
        if (turns is null || host.Length == 0)
        {
            return null;
        }

        if (_hosts.TryGetValue(host, out var state))
        {
            lock (state)
            {
                if (state.TurnUntil > clock.GetUtcNow())
                {
                    return null;
                }
            }
        }

        return await turns.HeldElsewhereAsync(host, ct);
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
        /// <summary>Requests of this process waiting for a slot at the host.</summary>
        public int Waiting;

        /// <summary>Requests of this process that took a slot at the host, ever (a turn unused since is given back).</summary>
        public int Uses;

        public SemaphoreSlim Slots { get; } = new(slots, slots);

        public DateTimeOffset NextStart { get; set; }

        public DateTimeOffset PausedUntil { get; set; }

        /// <summary>The end of this process's turn at the host (<see cref="HostTurns"/>); read and set under the state's lock.</summary>
        public DateTimeOffset TurnUntil { get; set; }
    }

    private void Finished(string host, HostState state)
    {
        lock (state)
        {
            var next = clock.GetUtcNow() + _minDelay;
            if (next > state.NextStart)
            {
                state.NextStart = next;
            }
        }

        Free(host, state);
    }

    private void Free(string host, HostState state)
    {
        state.Slots.Release();

        // Nothing more of this process waits for the host: unless it comes back soon, the turn goes back.
        if (turns is not null && Volatile.Read(ref state.Waiting) == 0)
        {
            _ = GiveBackUnlessUsedAsync(host, state, Volatile.Read(ref state.Uses));
        }
    }

    /// <summary>
    /// Gives back every turn this process holds at a host it is not fetching from now (a refresh has
    /// ended): the next process, or this one's next run, need not wait for the turns to run out.
    /// </summary>
    public async Task GiveBackTurnsAsync(CancellationToken ct)
    {
        if (turns is null)
        {
            return;
        }

        foreach (var (host, state) in _hosts)
        {
            DateTimeOffset until;
            lock (state)
            {
                if (state.TurnUntil == DateTimeOffset.MinValue || Volatile.Read(ref state.Waiting) > 0 || state.Slots.CurrentCount != _slots)
                {
                    continue;
                }

                until = state.TurnUntil;
                state.TurnUntil = DateTimeOffset.MinValue;
            }

            await turns.ReleaseAsync(host, until, ct);
        }
    }

    /// <summary>
    /// Gives the turn back after <see cref="TurnGrace"/> past the host's delay if no request of this
    /// process used the host since. The release names the turn it ends (its end time), so a claim of
    /// this process that renewed it meanwhile is left alone; another process taking over waits the delay.
    /// </summary>
    private async Task GiveBackUnlessUsedAsync(string host, HostState state, int uses)
    {
        try
        {
            await Task.Delay(_minDelay + TurnGrace, clock);
            DateTimeOffset until;
            lock (state)
            {
                if (state.Uses != uses || Volatile.Read(ref state.Waiting) > 0 || state.Slots.CurrentCount != _slots || state.TurnUntil == DateTimeOffset.MinValue)
                {
                    return;
                }

                until = state.TurnUntil;
                state.TurnUntil = DateTimeOffset.MinValue;
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await turns!.ReleaseAsync(host, until, timeout.Token);
        }
        catch (Exception)
        {
            // The turn then simply runs out (HostTurnSeconds); other processes wait for it.
        }
    }

    private sealed class Lease(HostGate gate, string host, HostState state) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Finished(host, state);
            }
        }
    }
}
