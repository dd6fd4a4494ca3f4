using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// N workers taking source ids from a bounded channel (after Miniflux's worker pool). Each source is
/// claimed first (<see cref="SourceLeases"/>), so pools in other processes on the same store never
/// check it at the same time, then refreshed in its own scope (its own DbContext), then released. A
/// crash is logged and reported for that source only. Workers stop taking work when
/// <c>stopTaking</c> fires and finish what they hold unless <c>abort</c> fires too.
/// </summary>
/// <remarks>
/// Scheduled work puts off a source whose host another process has the turn at (<see cref="HostGate.HeldElsewhereAsync"/>)
/// and takes the next one: the holder usually checks it meanwhile (then it is skipped here), and a worker
/// waiting for another process's turn would fetch nothing. A source put off comes back when that turn
/// was to end, and when nothing else is queued it is checked anyway, waiting for the turn.
/// </remarks>
public sealed class RefreshPool(IServiceScopeFactory scopes, SourceLeases leases, HostGate hosts, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<RefreshPool> logger)
{
    public int Workers => options.Value.Workers;

    /// <summary>The name this pool's claims carry.</summary>
    public string Owner { get; } = SourceLeases.NewOwner();

    /// <summary>A bounded queue sized for the pool: producers wait when workers fall behind.</summary>
    public Channel<QueuedSource> CreateQueue() => Channel.CreateBounded<QueuedSource>(new BoundedChannelOptions(Workers * 4)
    {
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>
    /// Checks the queued sources. With <paramref name="onlyIfDue"/> (scheduled work) a source that
    /// another worker checked since it was queued is skipped; without it (an explicit request) it is
    /// checked anyway, unless a worker is checking it right now.
    /// </summary>
    public async Task RunAsync(ChannelReader<QueuedSource> queue, bool onlyIfDue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        var later = new PutOff();
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(queue, later, onlyIfDue, onReport, stopTaking, abort), CancellationToken.None));
        await Task.WhenAll(workers);

        // Other processes sharing the store need not wait for this one's idle turns at hosts to run out.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await hosts.GiveBackTurnsAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Data.Common.DbException or InvalidOperationException)
        {
            PipelineLog.TurnsNotGivenBack(logger, e);
        }
    }

    private async Task WorkAsync(ChannelReader<QueuedSource> queue, PutOff later, bool onlyIfDue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        try
        {
            while (!stopTaking.IsCancellationRequested)
            {
                if (later.TryTakeDue(clock.GetUtcNow(), out var source) || queue.TryRead(out source))
                {
                    if (onlyIfDue && await TurnElsewhereAsync(source, abort) is { } turnEnds)
                    {
                        later.Add(source, turnEnds);
                        continue;
                    }

                    onReport(await RefreshOneAsync(source.Id, onlyIfDue, abort));
                }
                else if (later.TryTakeAny(out source))
                {
                    // Nothing else to do: this one waits for the other process's turn.
                    onReport(await RefreshOneAsync(source.Id, onlyIfDue, abort));
                }
                else if (!await queue.WaitToReadAsync(stopTaking) && later.IsEmpty)
                {
                    // The queue is done, and a source another worker puts off now is that worker's to check.
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopTaking.IsCancellationRequested || abort.IsCancellationRequested)
        {
        }
    }

    /// <summary>The end of another process's turn at the source's host, if it has one; a store error lets the check go ahead.</summary>
    private async Task<DateTimeOffset?> TurnElsewhereAsync(QueuedSource source, CancellationToken abort)
    {
        try
        {
            return await hosts.HeldElsewhereAsync(source.Host, abort);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PipelineLog.TurnNotRead(logger, e, source.Host, source.Id);
            return null;
        }
    }

    private async Task<RefreshReport> RefreshOneAsync(long sourceId, bool onlyIfDue, CancellationToken abort)
    {
        try
        {
            if ((await leases.ClaimAsync([sourceId], Owner, onlyIfDue, abort)).Count == 0)
            {
                return await NotClaimedAsync(sourceId, onlyIfDue, abort);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            return new RefreshReport(sourceId, "", RefreshStatus.Skipped, Message: "Stopped before the check started");
        }
        catch (Exception e)
        {
            PipelineLog.RefreshCrashed(logger, e, sourceId);
            return new RefreshReport(sourceId, "", RefreshStatus.Failed, Message: "Internal error: " + e.Message);
        }

        // The check must not outlive its claim: past it, another worker may already be checking the source.
        using var leaseOver = new CancellationTokenSource(leases.Length, clock);
        using var check = CancellationTokenSource.CreateLinkedTokenSource(abort, leaseOver.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SourceRefresher>().RefreshAsync(sourceId, check.Token);
        }
        catch (OperationCanceledException) when (leaseOver.IsCancellationRequested && !abort.IsCancellationRequested)
        {
            PipelineLog.LeaseRanOut(logger, sourceId, (long)leases.Length.TotalSeconds);
            return new RefreshReport(sourceId, "", RefreshStatus.Failed,
                Message: $"The check took longer than its {(long)leases.Length.TotalSeconds} s claim (Scheduling:LeaseSeconds) and was abandoned");
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            return new RefreshReport(sourceId, "", RefreshStatus.Skipped, Message: "Stopped before the check finished");
        }
        catch (Exception e)
        {
            PipelineLog.RefreshCrashed(logger, e, sourceId);
            return new RefreshReport(sourceId, "", RefreshStatus.Failed, Message: "Internal error: " + e.Message);
        }
        finally
        {
            await ReleaseAsync(sourceId);
        }
    }

    private async Task<RefreshReport> NotClaimedAsync(long sourceId, bool onlyIfDue, CancellationToken ct)
    {
        var holder = await leases.HolderAsync(sourceId, ct);
        var message = holder is { } h ? $"Being checked by worker {h.Owner} (claim until {h.Until:u})"
            : onlyIfDue ? "Already checked by another worker since it was queued"
            : "No such source";
        return new RefreshReport(sourceId, "", RefreshStatus.Skipped, Message: message);
    }

    /// <summary>Sources put off until another process's turn at their host was to end, shared by a run's workers.</summary>
    private sealed class PutOff
    {
        private readonly List<(QueuedSource Source, DateTimeOffset Until)> _items = [];

        public bool IsEmpty
        {
            get
            {
                lock (_items)
                {
                    return _items.Count == 0;
                }
            }
        }

        public void Add(QueuedSource source, DateTimeOffset until)
        {
            lock (_items)
            {
                _items.Add((source, until));
            }
        }

        /// <summary>The source put off first among those whose turn has ended by <paramref name="now"/>.</summary>
        public bool TryTakeDue(DateTimeOffset now, out QueuedSource source) => TryTake(i => _items[i].Until <= now, out source);

        /// <summary>The source put off first.</summary>
        public bool TryTakeAny(out QueuedSource source) => TryTake(_ => true, out source);

        private bool TryTake(Func<int, bool> take, out QueuedSource source)
        {
            lock (_items)
            {
                for (var i = 0; i < _items.Count; i++)
                {
                    if (take(i))
                    {
                        source = _items[i].Source;
                        _items.RemoveAt(i);
                        return true;
                    }
                }
            }

            source = default;
            return false;
        }
    }

    /// <summary>Releases even when the check was cancelled; a release that fails leaves the lease to expire.</summary>
    private async Task ReleaseAsync(long sourceId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await leases.ReleaseAsync(sourceId, Owner, timeout.Token);
        }
        catch (Exception e)
        {
            PipelineLog.ReleaseFailed(logger, e, sourceId);
        }
    }
}
