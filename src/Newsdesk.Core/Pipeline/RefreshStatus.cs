namespace Newsdesk.Core.Pipeline;

/// <summary>How one source's check ended.</summary>
public enum RefreshStatus
{
    /// <summary>Fetched and read; new entries (maybe none) stored.</summary>
    Updated,

    /// <summary>304 Not Modified.</summary>
    Unchanged,

    /// <summary>The publisher asked us to wait (429/503); rescheduled.</summary>
    RateLimited,

    /// <summary>The check failed; counted, backed off.</summary>
    Failed,

    /// <summary>The check failed and the source is now disabled.</summary>
    Disabled,

    /// <summary>Nothing done (source missing, disabled, or not fetchable).</summary>
    Skipped,
}
