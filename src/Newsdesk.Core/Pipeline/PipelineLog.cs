using Microsoft.Extensions.Logging;

namespace Newsdesk.Core.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Refreshed source {SourceId}: {Status}, {NewArticles} new, next check {NextCheckAt}")]
    public static partial void Refreshed(ILogger logger, long sourceId, RefreshStatus status, int newArticles, DateTimeOffset? nextCheckAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unable to refresh source {SourceId} ({Url}): {Reason}")]
    public static partial void SourceFailed(ILogger logger, long sourceId, string? url, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} disabled: {Reason}")]
    public static partial void SourceDisabled(ILogger logger, long sourceId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing source {SourceId} crashed; it is skipped this pass")]
    public static partial void RefreshCrashed(ILogger logger, Exception exception, long sourceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the entries of source {SourceId} failed")]
    public static partial void StoreFailed(ILogger logger, Exception exception, long sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh pass: {SourceCount} sources in {ElapsedMilliseconds} ms, {NewArticles} new articles, {FailedCount} failed")]
    public static partial void PassFinished(ILogger logger, int sourceCount, long elapsedMilliseconds, int newArticles, int failedCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page of {Url} not read; the feed's teaser is kept: {Reason}")]
    public static partial void PageNotRead(ILogger logger, Uri url, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page of {Url} not fetched: robots.txt disallows it")]
    public static partial void RobotsDisallowed(ILogger logger, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The check of source {SourceId} outlasted its {LeaseSeconds} s claim and was abandoned")]
    public static partial void LeaseRanOut(ILogger logger, long sourceId, long leaseSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Releasing the claim on source {SourceId} failed; it expires on its own")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, long sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving back this process's turns at hosts failed; they run out on their own (Fetching:HostTurnSeconds)")]
    public static partial void TurnsNotGivenBack(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read who has the turn at {Host}; source {SourceId} is checked now, waiting for the turn if need be")]
    public static partial void TurnNotRead(ILogger logger, Exception exception, string host, long sourceId);
}
