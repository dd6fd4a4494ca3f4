using Microsoft.Extensions.Logging;

namespace Newsdesk.Core.Fetching;

internal static partial class FetchingLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetched {Url}: HTTP {StatusCode}, {Bytes} bytes in {ElapsedMilliseconds} ms")]
    public static partial void Fetched(ILogger logger, Uri url, int statusCode, int bytes, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetch of {Url} ended {Outcome} ({Failure}) after {ElapsedMilliseconds} ms: {Reason}")]
    public static partial void NotFetched(ILogger logger, Uri url, FetchOutcome outcome, FetchFailure failure, long elapsedMilliseconds, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Host} asked Newsdesk to wait; no request goes there for {PauseSeconds} s")]
    public static partial void HostPaused(ILogger logger, string host, long pauseSeconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "robots.txt of {Host} fetched: {Outcome}, {RuleCount} rules for Newsdesk")]
    public static partial void RobotsFetched(ILogger logger, string host, FetchOutcome outcome, int ruleCount);
}
