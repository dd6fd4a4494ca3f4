namespace Newsdesk.Core.Stories;

/// <summary>
/// The inverted index that proposes candidate stories: for each feature key, the stories most
/// recently listed under it, in a fixed-size ring. Its cost per lookup is bounded by the ring size,
/// whatever the corpus or the window: a key listed by more stories than the ring holds keeps the
/// latest (news returns to recent stories). When a story leaves memory (<see cref="StoryState.Gone"/>)
/// or drops a key (<see cref="Remove"/>) its entries stay in place, stale, and lookups skip them;
/// <see cref="Sweep"/> compacts the rings once per eviction step.
/// </summary>
internal sealed class StoryIndex(int ringSize)
{
    private readonly Dictionary<ulong, Ring> _rings = [];
    private readonly List<StoryState> _touched = [];
    private int _query;

    /// <summary>Index entries held (live or stale): a measure of its memory.</summary>
    public long Entries { get; private set; }

    /// <summary>Ring entries visited by lookups since the start (a measure of lookup cost).</summary>
    public long Scanned { get; private set; }

    public void Add(ulong key, StoryState story)
    {
        if (!_rings.TryGetValue(key, out var ring))
        {
            ring = new Ring(Math.Min(4, ringSize));
            _rings[key] = ring;
        }

        if (ring.Count < ringSize)
        {
            Entries++;
        }

        ring.Add(story, ringSize);
    }

    /// <summary>The story no longer lists the key: its entries become stale in place (the ring keeps its order).</summary>
    public void Remove(ulong key, StoryState story)
    {
        if (_rings.TryGetValue(key, out var ring))
        {
            ring.Forget(story);
        }
    }

    /// <summary>
    /// The live stories listed under the query keys, the most overlapping (by summed weight) first, at most
    /// <paramref name="max"/>. The overlap is summed on the stories themselves (<see cref="StoryState.Hits"/>):
    /// one memory access per ring entry, where a dictionary of hits and a check of the story's keys took
    /// four, and this loop was most of the clusterer's time once the window filled.
    /// </summary>
    public List<long> Candidates(ReadOnlySpan<int> query, StoryVector vector, int max)
    {
        var stamp = ++_query;
        _touched.Clear();
        foreach (var i in query)
        {
            if (!_rings.TryGetValue(vector.Keys[i], out var ring))
            {
                continue;
            }

            Scanned += ring.Count;
            var weight = vector.Weights[i];
            var items = ring.Items;
            for (var j = 0; j < ring.Count; j++)
            {
                var story = items[j];
                if (story is null || story.Gone)
                {
                    continue;
                }

                if (story.HitStamp != stamp)
                {
                    story.HitStamp = stamp;
                    story.Hits = 0;
                    _touched.Add(story);
                }

                story.Hits += weight;
            }
        }

        // A partial selection: the best `max` by weight, ties to the lower id (deterministic).
        var best = new List<StoryState>(max + 1);
        foreach (var story in _touched)
        {
            var at = best.Count;
            while (at > 0 && (best[at - 1].Hits < story.Hits || (best[at - 1].Hits == story.Hits && best[at - 1].Id > story.Id)))
            {
                at--;
            }

            if (at < max)
            {
                best.Insert(at, story);
                if (best.Count > max)
                {
                    best.RemoveAt(max);
                }
            }
        }

        return best.ConvertAll(s => s.Id);
    }

    /// <summary>Drops entries of stories that left memory or no longer list the key, and empty rings.</summary>
    public void Sweep()
    {
        var empty = new List<ulong>();
        long entries = 0;
        foreach (var (key, ring) in _rings)
        {
            ring.RemoveStale();
            if (ring.Count == 0)
            {
                empty.Add(key);
            }

            entries += ring.Count;
        }

        foreach (var key in empty)
        {
            _rings.Remove(key);
        }

        Entries = entries;
    }

    /// <summary>Stories in insertion order until full, then the oldest is overwritten; null marks a stale entry.</summary>
    private sealed class Ring(int capacity)
    {
        public StoryState?[] Items = new StoryState?[capacity];
        public int Count;
        private int _next;

        public void Add(StoryState story, int max)
        {
            if (Count < max)
            {
                if (Count == Items.Length)
                {
                    Array.Resize(ref Items, Math.Min(max, Items.Length * 2));
                }

                Items[Count++] = story;
                return;
            }

            Items[_next] = story;
            _next = (_next + 1) % max;
        }

        public void Forget(StoryState story)
        {
            for (var j = 0; j < Count; j++)
            {
                if (ReferenceEquals(Items[j], story))
                {
                    Items[j] = null;
                }
            }
        }

        public void RemoveStale()
        {
            var kept = 0;
            var any = false;
            for (var j = 0; j < Count && !any; j++)
            {
                any = Items[j] is null || Items[j]!.Gone;
            }

            if (!any)
            {
                return;
            }

            for (var j = 0; j < Count; j++)
            {
                if (Items[j] is { Gone: false } live)
                {
                    Items[kept++] = live;
                }
            }

            Array.Clear(Items, kept, Count - kept);

            // Compaction loses the ring order; what remains is overwritten oldest-slot-first from 0.
            _next = 0;
            Count = kept;
        }
    }
}
