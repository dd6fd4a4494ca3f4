namespace Newsdesk.Core.Stories;

/// <summary>
/// The inverted index that proposes candidate stories: for each feature key, the stories most
/// recently listed under it, in a fixed-size ring. Its cost per lookup is bounded by the ring size,
/// whatever the corpus or the window: a key listed by more stories than the ring holds keeps the
/// latest (news returns to recent stories). Entries are not removed when a story leaves or drops
/// a key; lookups skip them (a story's <see cref="StoryState.Indexed"/> is the truth), and
/// <see cref="Sweep"/> compacts the rings once per eviction step.
/// </summary>
internal sealed class StoryIndex(int ringSize)
{
    private readonly Dictionary<ulong, Ring> _rings = [];
    private readonly Dictionary<long, double> _hits = [];

    /// <summary>Index entries held (live or stale): a measure of its memory.</summary>
    public long Entries { get; private set; }

    /// <summary>Ring entries visited by lookups since the start (a measure of lookup cost).</summary>
    public long Scanned { get; private set; }

    public void Add(ulong key, long storyId)
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

        ring.Add(storyId, ringSize);
    }

    /// <summary>The live stories listed under the query keys, the most overlapping (by summed weight) first, at most <paramref name="max"/>.</summary>
    public List<long> Candidates(ReadOnlySpan<int> query, StoryVector vector, Dictionary<long, StoryState> stories, int max)
    {
        _hits.Clear();
        foreach (var i in query)
        {
            var key = vector.Keys[i];
            if (!_rings.TryGetValue(key, out var ring))
            {
                continue;
            }

            Scanned += ring.Count;
            for (var j = 0; j < ring.Count; j++)
            {
                var id = ring.Ids[j];
                if (stories.TryGetValue(id, out var story) && story.Indexed.Contains(key))
                {
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_hits, id, out _);
                    slot += vector.Weights[i];
                }
            }
        }

        // A partial selection: the best `max` by weight, ties to the lower id (deterministic).
        var best = new List<long>(max + 1);
        var weights = new List<double>(max + 1);
        foreach (var (id, weight) in _hits)
        {
            var at = best.Count;
            while (at > 0 && (weights[at - 1] < weight || (weights[at - 1] == weight && best[at - 1] > id)))
            {
                at--;
            }

            if (at < max)
            {
                best.Insert(at, id);
                weights.Insert(at, weight);
                if (best.Count > max)
                {
                    best.RemoveAt(max);
                    weights.RemoveAt(max);
                }
            }
        }

        return best;
    }

    /// <summary>Drops entries of stories that left memory or no longer list the key, and empty rings.</summary>
    public void Sweep(Dictionary<long, StoryState> stories)
    {
        var empty = new List<ulong>();
        long entries = 0;
        foreach (var (key, ring) in _rings)
        {
            ring.RemoveWhere(id => !(stories.TryGetValue(id, out var s) && s.Indexed.Contains(key)));
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

    /// <summary>Story ids in insertion order until full, then the oldest is overwritten.</summary>
    private sealed class Ring(int capacity)
    {
        public long[] Ids = new long[capacity];
        public int Count;
        private int _next;

        public void Add(long id, int max)
        {
            if (Count < max)
            {
                if (Count == Ids.Length)
                {
                    Array.Resize(ref Ids, Math.Min(max, Ids.Length * 2));
                }

                Ids[Count++] = id;
                return;
            }

            Ids[_next] = id;
            _next = (_next + 1) % max;
        }

        public void RemoveWhere(Func<long, bool> dead)
        {
            var kept = 0;
            var any = false;
            for (var j = 0; j < Count && !any; j++)
            {
                any = dead(Ids[j]);
            }

            if (!any)
            {
                return;
            }

            for (var j = 0; j < Count; j++)
            {
                if (!dead(Ids[j]))
                {
                    Ids[kept++] = Ids[j];
                }
            }

            // Compaction loses the ring order; what remains is overwritten oldest-slot-first from 0.
            _next = 0;
            Count = kept;
        }
    }
}
