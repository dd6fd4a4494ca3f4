namespace Newsdesk.Core.Fetching;

/// <summary>
/// What a fetch ended with, as a value: callers switch on <see cref="Outcome"/>; nothing here is
/// thrown. <see cref="Message"/> is written for the editor ("HTTP 410 Gone"), not for a log.
/// </summary>
public sealed record FetchResult
{
    private FetchResult(FetchOutcome outcome, Uri url)
    {
        Outcome = outcome;
        Url = url;
    }

    public FetchOutcome Outcome { get; }

    /// <summary>The URL asked for.</summary>
    public Uri Url { get; }

    /// <summary>Where the last redirect hop led (equals <see cref="Url"/> when there was none).</summary>
    public Uri? FinalUrl { get; private init; }

    /// <summary>The final HTTP status, or 0 when no response came.</summary>
    public int StatusCode { get; private init; }

    public byte[] Body { get; private init; } = [];

    /// <summary>The media type of the body ("application/rss+xml"), without parameters.</summary>
    public string? MediaType { get; private init; }

    /// <summary>The charset parameter of Content-Type, when the server sent one.</summary>
    public string? Charset { get; private init; }

    /// <summary>Validators to send next time (kept from the request on a 304 that omits them).</summary>
    public string? ETag { get; private init; }

    public string? LastModified { get; private init; }

    /// <summary>For <see cref="FetchOutcome.TooManyRequests"/>: when the server said to come back, if it did.</summary>
    public DateTimeOffset? RetryAt { get; private init; }

    public FetchFailure Failure { get; private init; }

    /// <summary>A user-facing sentence for anything but Ok.</summary>
    public string? Message { get; private init; }

    /// <summary>True when at least one permanent redirect (301/308) was followed.</summary>
    public bool PermanentlyRedirected { get; private init; }

    public bool IsOk => Outcome == FetchOutcome.Ok;

    public static FetchResult Ok(Uri url, Uri finalUrl, int status, byte[] body, string? mediaType, string? charset, string? etag, string? lastModified, bool permanentlyRedirected) =>
        new(FetchOutcome.Ok, url)
        {
            FinalUrl = finalUrl,
            StatusCode = status,
            Body = body,
            MediaType = mediaType,
            Charset = charset,
            ETag = etag,
            LastModified = lastModified,
            PermanentlyRedirected = permanentlyRedirected,
        };

    public static FetchResult NotModified(Uri url, Uri finalUrl, string? etag, string? lastModified) =>
        new(FetchOutcome.NotModified, url) { FinalUrl = finalUrl, StatusCode = 304, ETag = etag, LastModified = lastModified };

    public static FetchResult Gone(Uri url, Uri finalUrl, int status) =>
        new(FetchOutcome.Gone, url)
        {
            FinalUrl = finalUrl,
            StatusCode = status,
            Message = status == 410 ? "HTTP 410 Gone: the publisher removed it for good" : $"HTTP {status} Not Found",
        };

    public static FetchResult TooManyRequests(Uri url, int status, DateTimeOffset? retryAt, string message) =>
        new(FetchOutcome.TooManyRequests, url) { FinalUrl = url, StatusCode = status, RetryAt = retryAt, Message = message };

    public static FetchResult Failed(Uri url, FetchFailure failure, string message, int status = 0) =>
        new(FetchOutcome.Failed, url) { FinalUrl = url, Failure = failure, Message = message, StatusCode = status };

    public override string ToString() => Outcome == FetchOutcome.Ok
        ? $"Ok {StatusCode} {Body.Length} bytes from {FinalUrl}"
        : $"{Outcome} {Failure} {StatusCode} {Message} ({Url})";
}
