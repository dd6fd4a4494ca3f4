namespace Newsdesk.Core.Fetching;

/// <summary>The kinds of answer a fetch can end with.</summary>
public enum FetchOutcome
{
    /// <summary>A 2xx with a body (within the size cap).</summary>
    Ok,

    /// <summary>304: the copy we have (ETag / Last-Modified) is current.</summary>
    NotModified,

    /// <summary>404 or 410: the resource is not there (410 says it never will be).</summary>
    Gone,

    /// <summary>429, or 503 with Retry-After: come back later, never retry now.</summary>
    TooManyRequests,

    /// <summary>Anything else that went wrong; see <see cref="FetchFailure"/>.</summary>
    Failed,
}
