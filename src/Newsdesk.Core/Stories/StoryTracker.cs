using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Stories;

/// <summary>
/// The live in-memory state of story clustering and copy detection, shared by every ingestion in
/// the process (a singleton). It holds only the time window; <see cref="Pipeline.AssignStory"/>
/// reloads that window from the store on first use and serialises access through <see cref="Gate"/>.
/// </summary>
public sealed class StoryTracker(StoryClusteringOptions options, TimeSpan copyWindow)
{
    /// <summary>Copies of a story appear within days of the original; older articles leave the copy index.</summary>
    public static readonly TimeSpan DefaultCopyWindow = TimeSpan.FromDays(3);

    public StoryTracker()
        : this(new StoryClusteringOptions(), DefaultCopyWindow)
    {
    }

    public StoryClusterer Clusterer { get; } = new(options);

    public CopyFinder Copies { get; } = new(copyWindow);

    /// <summary>One ingestion at a time changes the tracker.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>True once the window has been reloaded from the store.</summary>
    public bool Loaded { get; set; }

    /// <summary>The last <see cref="StoryEdit"/> this process has applied (editors' merges and moves, from any process).</summary>
    public long EditsSeen { get; set; }

    /// <summary>
    /// Every stored article up to this id that has a story is in this process's window (or older than it):
    /// articles other processes assign later are caught up from here (<see cref="Pipeline.AssignStory"/>).
    /// </summary>
    public long AssignedThrough { get; set; }

    /// <summary>Articles above <see cref="AssignedThrough"/> already in this process's window (its own, and those caught up).</summary>
    public HashSet<long> KnownAbove { get; } = [];
}
