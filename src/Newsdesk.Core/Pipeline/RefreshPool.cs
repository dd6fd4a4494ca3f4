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
public sealed class RefreshPool(IServiceScopeFactory scopes, SourceLeases leases, HostGate hosts, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<RefreshPool> logger)
{
    public int Workers => options.Value.Workers;

    /// <summary>The name this pool's claims carry.</summary>
    public string Owner { get; } = SourceLeases.NewOwner();

    /// <summary>A bounded queue sized for the pool: producers wait when workers fall behind.</summary>
    public Channel<long> CreateQueue() => Channel.CreateBounded<long>(new BoundedChannelOptions(Workers * 4)
    {
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>
    /// Checks the queued sources. With <paramref name="onlyIfDue"/> (scheduled work) a source that
    /// another worker checked since it was queued is skipped; without it (an explicit request) it is
    /// checked anyway, unless a worker is checking it right now.
    /// </summary>
    public async Task RunAsync(ChannelReader<long> queue, bool onlyIfDue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(queue, onlyIfDue, onReport, stopTaking, abort), CancellationToken.None));
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

    private async Task WorkAsync(ChannelReader<long> queue, bool onlyIfDue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        try
        {
            while (await queue.WaitToReadAsync(stopTaking))
            {
                while (!stopTaking.IsCancellationRequested && queue.TryRead(out var sourceId))
                {
                    onReport(await RefreshOneAsync(sourceId, onlyIfDue, abort));
                }
            }
        }
        catch (OperationCanceledException) when (stopTaking.IsCancellationRequested || abort.IsCancellationRequested)
        {
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
