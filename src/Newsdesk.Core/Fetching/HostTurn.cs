namespace Newsdesk.Core.Fetching;

/// <summary>
/// Which process may fetch from a host for now (<see cref="HostTurns"/>): several workers on one store
/// take turns per host, so a publisher sees one polite fetcher however many processes there are.
/// </summary>
public sealed class HostTurn
{
    /// <summary>The host as fetched (IDN form), lower case.</summary>
    public string Host { get; set; } = "";

    /// <summary>The worker process holding the turn ("machine:pid:n").</summary>
    public string Holder { get; set; } = "";

    /// <summary>The holder before the last claim: a process taking over from another waits the host's delay first.</summary>
    public string? PreviousHolder { get; set; }

    /// <summary>The turn ends here unless its holder renews it; the holder starts no request it could not finish by then.</summary>
    public DateTimeOffset HeldUntil { get; set; }
}
