using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>One refresh pass (`newsdesk refresh`): every due source, or the ones named, through the pool.</summary>
public sealed class RefreshPass(IDbContextFactory<NewsdeskDb> dbs, RefreshPool pool, TimeProvider clock, ILogger<RefreshPass> logger)
{
    /// <summary>
    /// Ids of the sources due now, ordered round-robin across hosts, in a host order of this pool's own
    /// (another process's pool walks the hosts in another order, so the two seldom queue at one host).
    /// </summary>
    public async Task<IReadOnlyList<long>> DueAsync(int limit, CancellationToken ct) =>
        (await DueSourcesAsync(limit, ct)).Select(s => s.Id).ToList();

    /// <summary>The sources due now, as <see cref="DueAsync"/> orders them, with their hosts (for the pool's queue).</summary>
    public async Task<IReadOnlyList<QueuedSource>> DueSourcesAsync(int limit, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.Sources.AsNoTracking().Due(clock.GetUtcNow()).Take(limit).Select(s => new { s.Id, s.Url }).ToListAsync(ct);
        return HostInterleaver.Interleave(due, s => s.Url, pool.Owner).Select(s => new QueuedSource(s.Id, HostInterleaver.HostOf(s.Url))).ToList();
    }

    /// <summary>Refreshes the given sources, due or not (all due ones when null), and reports each as it finishes.</summary>
    public async Task<RefreshSummary> RunAsync(IReadOnlyList<long>? sourceIds, Action<RefreshReport>? onReport, CancellationToken ct) =>
        sourceIds is null
            ? await RunAsync(await DueSourcesAsync(int.MaxValue, ct), onlyIfDue: true, onReport, ct)
            : await RunAsync(sourceIds.Select(id => new QueuedSource(id, "")).ToList(), onlyIfDue: false, onReport, ct);

    /// <summary>
    /// Refreshes the given sources and reports each as it finishes. With <paramref name="onlyIfDue"/>
    /// (ids from <see cref="DueAsync"/>), one that another worker has checked meanwhile is skipped.
    /// </summary>
    public async Task<RefreshSummary> RunAsync(IReadOnlyList<long> ids, bool onlyIfDue, Action<RefreshReport>? onReport, CancellationToken ct)
    {
        // Scheduled work puts off sources whose host another process is fetching from (RefreshPool): it needs their hosts.
        var hosts = onlyIfDue ? await HostsAsync(ids, ct) : [];
        return await RunAsync(ids.Select(id => new QueuedSource(id, hosts.GetValueOrDefault(id, ""))).ToList(), onlyIfDue, onReport, ct);
    }

    /// <summary>As above, for sources whose hosts are known (<see cref="DueSourcesAsync"/>).</summary>
    public async Task<RefreshSummary> RunAsync(IReadOnlyList<QueuedSource> sources, bool onlyIfDue, Action<RefreshReport>? onReport, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var reports = new List<RefreshReport>(sources.Count);
        var queue = pool.CreateQueue();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var source in sources)
                {
                    await queue.Writer.WriteAsync(source, ct);
                }
            }
            finally
            {
                queue.Writer.TryComplete();
            }
        }, CancellationToken.None);
        await pool.RunAsync(queue.Reader, onlyIfDue, report =>
        {
            lock (reports)
            {
                reports.Add(report);
            }

            onReport?.Invoke(report);
        }, ct, ct);
        try
        {
            await producer;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }

        var summary = new RefreshSummary(reports, Stopwatch.GetElapsedTime(started));
        PipelineLog.PassFinished(logger, reports.Count, (long)summary.Elapsed.TotalMilliseconds, summary.NewArticles,
            summary.Count(RefreshStatus.Failed) + summary.Count(RefreshStatus.Disabled));
        return summary;
    }

    /// <summary>The host of each source's feed, in chunks (the ids of a whole pass can be many).</summary>
    private async Task<Dictionary<long, string>> HostsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hosts = new Dictionary<long, string>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(1000))
        {
            foreach (var s in await db.Sources.AsNoTracking().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.Url }).ToListAsync(ct))
            {
                hosts[s.Id] = HostInterleaver.HostOf(s.Url);
            }
        }

        return hosts;
    }
}
