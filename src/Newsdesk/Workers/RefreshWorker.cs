using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;

namespace Newsdesk.Workers;

/// <summary>
/// The scheduler (`newsdesk run`): every <see cref="SchedulingOptions.PollSeconds"/> it queues the due
/// sources (round-robin across hosts) into the pool's bounded channel; the pool's workers check
/// them. On stop it queues nothing more, lets the workers finish the checks they hold, and cancels
/// those only if the host's shutdown timeout runs out.
/// </summary>
internal sealed partial class RefreshWorker(RefreshPool pool, RefreshPass pass, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<RefreshWorker> logger)
    : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<long, byte> _queued = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = pool.CreateQueue();
        var workers = pool.RunAsync(queue.Reader, onlyIfDue: true, OnReport, stoppingToken, _abort.Token);
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), clock);
            do
            {
                try
                {
                    var due = await pass.DueSourcesAsync(options.Value.BatchSize, stoppingToken);
                    var queued = 0;
                    foreach (var source in due)
                    {
                        if (_queued.TryAdd(source.Id, 0))
                        {
                            await queue.Writer.WriteAsync(source, stoppingToken);
                            queued++;
                        }
                    }

                    LogPoll(logger, due.Count, queued);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPollFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.Writer.TryComplete();
            LogDraining(logger, _queued.Count);
            await workers;
            LogStopped(logger);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var abortWhenOutOfTime = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private void OnReport(RefreshReport report)
    {
        _queued.TryRemove(report.SourceId, out _);
        LogChecked(logger, report.SourceId, report.Status, report.NewArticles);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{DueCount} sources due, {QueuedCount} queued")]
    private static partial void LogPoll(ILogger logger, int dueCount, int queuedCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due sources failed; trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} checked: {Status}, {NewArticles} new")]
    private static partial void LogChecked(ILogger logger, long sourceId, RefreshStatus status, int newArticles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: finishing the checks in flight ({QueuedCount} queued or running)")]
    private static partial void LogDraining(ILogger logger, int queuedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler stopped")]
    private static partial void LogStopped(ILogger logger);
}
