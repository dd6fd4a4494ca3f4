using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// N workers taking source ids from a bounded channel (after Miniflux's worker pool). Each source is
/// refreshed in its own scope (its own DbContext); a crash is logged and reported for that source
/// only. Workers stop taking work when <c>stopTaking</c> fires and finish what they hold unless
/// <c>abort</c> fires too.
/// </summary>
public sealed class RefreshPool(IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, ILogger<RefreshPool> logger)
{
    public int Workers => options.Value.Workers;

    /// <summary>A bounded queue sized for the pool: producers wait when workers fall behind.</summary>
    public Channel<long> CreateQueue() => Channel.CreateBounded<long>(new BoundedChannelOptions(Workers * 4)
    {
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public async Task RunAsync(ChannelReader<long> queue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(queue, onReport, stopTaking, abort), CancellationToken.None));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(ChannelReader<long> queue, Action<RefreshReport> onReport, CancellationToken stopTaking, CancellationToken abort)
    {
        try
        {
            while (await queue.WaitToReadAsync(stopTaking))
            {
                while (!stopTaking.IsCancellationRequested && queue.TryRead(out var sourceId))
                {
                    onReport(await RefreshOneAsync(sourceId, abort));
                }
            }
        }
        catch (OperationCanceledException) when (stopTaking.IsCancellationRequested || abort.IsCancellationRequested)
        {
        }
    }

    private async Task<RefreshReport> RefreshOneAsync(long sourceId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SourceRefresher>().RefreshAsync(sourceId, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new RefreshReport(sourceId, "", RefreshStatus.Skipped, Message: "Stopped before the check finished");
        }
        catch (Exception e)
        {
            PipelineLog.RefreshCrashed(logger, e, sourceId);
            return new RefreshReport(sourceId, "", RefreshStatus.Failed, Message: "Internal error: " + e.Message);
        }
    }
}
