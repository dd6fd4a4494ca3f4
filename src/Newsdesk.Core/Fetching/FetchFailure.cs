namespace Newsdesk.Core.Fetching;

/// <summary>Why a fetch failed, for callers that treat failures differently.</summary>
public enum FetchFailure
{
    None,

    /// <summary>Not an absolute http(s) URL.</summary>
    InvalidUrl,

    /// <summary>The host resolves only to addresses Newsdesk refuses (loopback, private, metadata...).</summary>
    Refused,

    /// <summary>DNS, connection or TLS failure, or the connection broke.</summary>
    Network,

    /// <summary>The connect or total time limit ran out.</summary>
    Timeout,

    /// <summary>The body passed the size cap.</summary>
    TooLarge,

    /// <summary>More redirects than allowed, a loop, or a redirect without a usable Location.</summary>
    Redirect,

    /// <summary>A status Newsdesk does not accept (401, 403, 500...).</summary>
    HttpStatus,

    /// <summary>robots.txt disallows this URL for Newsdesk.</summary>
    Disallowed,
}
