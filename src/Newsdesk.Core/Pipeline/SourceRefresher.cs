using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Checks one source (after Miniflux's <c>RefreshFeed</c>): conditional GET, then by outcome:
/// read the feed and store its new entries, or record the failure and reschedule. A failing
/// source is data (ErrorCount, LastError, NextCheckAt), never an exception.
/// </summary>
public sealed class SourceRefresher(
    NewsdeskDb db,
    PageFetcher fetcher,
    FeedEntryIngestor entries,
    StoreWriteGate gate,
    SourceSchedule schedule,
    TimeProvider clock,
    ILogger<SourceRefresher> logger)
{
    public async Task<RefreshReport> RefreshAsync(long sourceId, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == sourceId, ct);
        if (source is null)
        {
            return new RefreshReport(sourceId, "", RefreshStatus.Skipped, Message: "No such source");
        }

        if (source.Disabled)
        {
            return Report(source, RefreshStatus.Skipped, 0, $"Disabled ({source.DisabledReason}); `newsdesk sources enable {source.Id}` turns it back on");
        }

        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url))
        {
            return Report(source, RefreshStatus.Skipped, 0, "The source has no fetchable URL");
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SourceId"] = source.Id, ["Url"] = source.Url });
        var fetch = await fetcher.FetchAsync(new FetchRequest(url) { ETag = source.ETag, LastModified = source.LastModified }, ct);
        var batch = fetch.IsOk ? await entries.PrepareAsync(source, fetch, ct) : null;
        var added = 0;
        var message = fetch.Message;
        using (await gate.EnterAsync(db, ct))
        {
            var now = clock.GetUtcNow();
            switch (fetch.Outcome)
            {
                case FetchOutcome.Ok when batch!.Problem is not null:
                    schedule.Failed(source, now, batch.Problem);
                    message = batch.Problem;
                    break;
                case FetchOutcome.Ok:
                    source.ETag = fetch.ETag;
                    source.LastModified = fetch.LastModified;
                    schedule.Succeeded(source, now, batch.EntryDates);
                    message = batch.Warning;
                    try
                    {
                        added = await entries.StoreAsync(batch, ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The store refused the batch (a constraint, a lost connection): record it on the
                        // source so it backs off instead of being retried at every poll.
                        PipelineLog.StoreFailed(logger, e, source.Id);
                        db.ChangeTracker.Clear();
                        source = await db.Sources.FirstAsync(s => s.Id == sourceId, ct);
                        message = "Could not store its entries: " + e.Message;
                        schedule.Failed(source, now, message);
                    }

                    break;
                case FetchOutcome.NotModified:
                    source.ETag = fetch.ETag;
                    source.LastModified = fetch.LastModified;
                    schedule.Unchanged(source, now);
                    break;
                case FetchOutcome.Gone when fetch.StatusCode == 410:
                    schedule.Gone(source, now, fetch.Message!);
                    break;
                case FetchOutcome.Gone:
                    schedule.NotFound(source, now, fetch.Message!);
                    break;
                case FetchOutcome.TooManyRequests:
                    schedule.RateLimited(source, now, fetch.RetryAt, fetch.Message!);
                    break;
                default:
                    schedule.Failed(source, now, fetch.Message!);
                    break;
            }

            await db.SaveChangesAsync(ct);
        }

        var status = StatusOf(fetch, source);
        if (status == RefreshStatus.Disabled)
        {
            PipelineLog.SourceDisabled(logger, source.Id, source.DisabledReason);
        }
        else if (status == RefreshStatus.Failed)
        {
            PipelineLog.SourceFailed(logger, source.Id, source.Url, source.LastError);
        }

        PipelineLog.Refreshed(logger, source.Id, status, added, source.NextCheckAt);
        return Report(source, status, added, status is RefreshStatus.Disabled ? source.DisabledReason : message);
    }

    private static RefreshStatus StatusOf(FetchResult fetch, Source source) => source switch
    {
        { Disabled: true } => RefreshStatus.Disabled,
        _ when fetch.Outcome == FetchOutcome.TooManyRequests => RefreshStatus.RateLimited,
        { ErrorCount: > 0 } => RefreshStatus.Failed,
        _ when fetch.Outcome == FetchOutcome.NotModified => RefreshStatus.Unchanged,
        _ => RefreshStatus.Updated,
    };

    private static RefreshReport Report(Source source, RefreshStatus status, int added, string? message) =>
        new(source.Id, source.Title, status, added, message, source.NextCheckAt);
}
