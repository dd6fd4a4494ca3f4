using Microsoft.Extensions.Logging;

namespace Newsdesk.Core.Publishing.Email;

internal static partial class EmailLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Brief {BriefId} sent to subscriber {SubscriberId} as {MessageId}")]
    public static partial void Sent(ILogger logger, long briefId, long subscriberId, string messageId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Brief {BriefId}: attempt {Attempt} at a message failed, retrying in {RetryDelayMilliseconds} ms: {Reason}")]
    public static partial void Retrying(ILogger logger, long briefId, int attempt, double retryDelayMilliseconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unable to send brief {BriefId} to subscriber {SubscriberId} after {Attempts} attempt(s): {Reason}")]
    public static partial void Failed(ILogger logger, long briefId, long subscriberId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Brief {BriefId} mailed: {SentCount} sent, {AlreadySentCount} already sent, {FailedCount} failed")]
    public static partial void Finished(ILogger logger, long briefId, int sentCount, int alreadySentCount, int failedCount);
}
