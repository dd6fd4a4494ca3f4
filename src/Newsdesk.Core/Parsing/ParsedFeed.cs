namespace Newsdesk.Core.Parsing;

/// <summary>
/// The result of parsing one feed document. Never null and never thrown: a document that is not
/// well-formed still yields whatever could be recovered, with <see cref="WellFormed"/> false and
/// the first problem in <see cref="Problem"/>.
/// </summary>
public sealed class ParsedFeed : FeedHeader
{
    private readonly List<FeedEntry> _entries = [];

    public FeedFormat Format { get; internal set; }

    /// <summary>The format version ("2.0", "0.91", "1.0", "0.3", "1.1"...), when the document states or implies one.</summary>
    public string? Version { get; internal set; }

    public IReadOnlyList<FeedEntry> Entries => _entries;

    /// <summary>False when the document was not well-formed or was mis-declared (the feed-reader "bozo" flag).</summary>
    public bool WellFormed => Problem is null;

    /// <summary>What was wrong with the document (first problem found), or null.</summary>
    public string? Problem { get; internal set; }

    /// <summary>The character encoding the document was decoded with (lower-case name, e.g. "utf-8").</summary>
    public string Encoding { get; internal set; } = "utf-8";

    /// <summary>Atom 0.3 info element: a note about the feed for people who open it in a browser.</summary>
    public FeedText? Info { get; internal set; }

    /// <summary>RSS docs: the URL of the format's specification.</summary>
    public string? Docs { get; internal set; }

    /// <summary>The rssCloud endpoint that notifies subscribers of updates, when the feed offers one.</summary>
    public FeedCloud? Cloud { get; internal set; }

    /// <summary>RSS ttl: how long the feed may be cached.</summary>
    public TimeSpan? TimeToLive { get; internal set; }

    /// <summary>The address the publisher says the feed moved to (itunes:new-feed-url, redirect/newLocation).</summary>
    public string? NewLocation { get; internal set; }

    /// <summary>iTunes explicit flag of the show.</summary>
    public bool? Explicit { get; internal set; }

    /// <summary>iTunes block of the show.</summary>
    public bool Blocked { get; internal set; }

    internal void AddEntry(FeedEntry entry) => _entries.Add(entry);

    /// <summary>Records a problem; the first one wins, as it usually explains the rest.</summary>
    internal void Flag(string problem) => Problem ??= problem;
}
