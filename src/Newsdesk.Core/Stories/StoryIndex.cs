namespace Newsdesk.Core.Stories;

/// <summary>
/// The inverted index that proposes candidate stories: for each feature key, the stories most
/// recently listed under it, in a fixed-size ring. Its cost per lookup is bounded by the ring size,
/// whatever the corpus or the window: a key listed by more stories than the ring holds keeps the
/// latest (news returns to recent stories). Rings hold dense story slots, and a lookup sums the
/// overlap in arrays indexed by slot: the few hundred entries a lookup visits then touch a few
/// hundred kilobytes of arrays, not a few hundred story objects scattered through an aging heap
/// (reading the story objects cost a cache miss per entry and grew slower as the heap aged).
/// When a story leaves memory (<see cref="Retire"/>) or drops a key (<see cref="Remove"/>) its
/// entries stay in place, stale, and lookups skip them; <see cref="Sweep"/> compacts the rings once
/// per eviction step, and only then are the slots of retired stories reused.
/// </summary>
internal sealed class StoryIndex(int ringSize)
{
    private const int NoStory = -1;

    private readonly Dictionary<ulong, Ring> _rings = [];
    private readonly List<int> _touched = [];
    private readonly Stack<int> _free = [];
    private readonly List<int> _retired = [];
    private StoryState?[] _stories = new StoryState?[1024];
    private int[] _stamps = new int[1024];
    private double[] _hits = new double[1024];
    private int _slotsUsed;
    private int _query;

    /// <summary>Index entries held (live or stale): a measure of its memory.</summary>
    public long Entries { get; private set; }

    /// <summary>Ring entries visited by lookups since the start (a measure of lookup cost).</summary>
    public long Scanned { get; private set; }

    public void Add(ulong key, StoryState story)
    {
        if (story.IndexSlot == NoStory)
        {
            story.IndexSlot = TakeSlot(story);
        }

        if (!_rings.TryGetValue(key, out var ring))
        {
            ring = new Ring(Math.Min(4, ringSize));
            _rings[key] = ring;
        }

        if (ring.Count < ringSize)
        {
            Entries++;
        }

        ring.Add(story.IndexSlot, ringSize);
    }

    /// <summary>The story no longer lists the key: its entries become stale in place (the ring keeps its order).</summary>
    public void Remove(ulong key, StoryState story)
    {
        if (story.IndexSlot != NoStory && _rings.TryGetValue(key, out var ring))
        {
            ring.Forget(story.IndexSlot);
        }
    }

    /// <summary>The story left memory (evicted, or merged into another): lookups skip it from now on.</summary>
    public void Retire(StoryState story)
    {
        if (story.IndexSlot != NoStory)
        {
            _stories[story.IndexSlot] = null;
            _retired.Add(story.IndexSlot);
            story.IndexSlot = NoStory;
        }
    }

    /// <summary>
    /// The live stories listed under the query keys, the most overlapping (by summed weight) first, at most
    /// <paramref name="max"/>, ties to the lower id (deterministic: slots never decide the order).
    /// </summary>
    public List<long> Candidates(ReadOnlySpan<int> query, StoryVector vector, int max)
    {
        var stamp = ++_query;
        _touched.Clear();
        var stamps = _stamps;
        var hits = _hits;
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
                var slot = items[j];
                if (slot == NoStory)
                {
                    continue;
                }

                if (stamps[slot] != stamp)
                {
                    if (_stories[slot] is null)
                    {
                        continue;
                    }

                    stamps[slot] = stamp;
                    hits[slot] = 0;
                    _touched.Add(slot);
                }

                hits[slot] += weight;
            }
        }

        // A partial selection: the best `max` by weight, ties to the lower id (deterministic).
        var best = new List<int>(max + 1);
        foreach (var slot in _touched)
        {
            var at = best.Count;
            while (at > 0 && (hits[best[at - 1]] < hits[slot]
                || (hits[best[at - 1]] == hits[slot] && _stories[best[at - 1]]!.Id > _stories[slot]!.Id)))
            {
                at--;
            }

            if (at < max)
            {
                best.Insert(at, slot);
                if (best.Count > max)
                {
                    best.RemoveAt(max);
                }
            }
        }

        return best.ConvertAll(slot => _stories[slot]!.Id);
    }

    /// <summary>Drops entries of stories that left memory or no longer list the key, and empty rings; frees retired slots.</summary>
    public void Sweep()
    {
        var empty = new List<ulong>();
        long entries = 0;
        foreach (var (key, ring) in _rings)
        {
            ring.RemoveStale(_stories);
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

        // No ring lists a retired slot any more: it can hold another story.
        foreach (var slot in _retired)
        {
            _free.Push(slot);
        }

        _retired.Clear();
        Entries = entries;
    }

    private int TakeSlot(StoryState story)
    {
        if (!_free.TryPop(out var slot))
        {
            slot = _slotsUsed++;
            if (slot == _stories.Length)
            {
                Array.Resize(ref _stories, slot * 2);
                Array.Resize(ref _stamps, slot * 2);
                Array.Resize(ref _hits, slot * 2);
            }
        }

        _stories[slot] = story;
        _stamps[slot] = 0;
        return slot;
    }

    /// <summary>Story slots in insertion order until full, then the oldest is overwritten; <see cref="NoStory"/> marks a stale entry.</summary>
    private sealed class Ring(int capacity)
    {
        public int[] Items = new int[capacity];
        public int Count;
        private int _next;

        public void Add(int slot, int max)
        {
            if (Count < max)
            {
                if (Count == Items.Length)
                {
                    Array.Resize(ref Items, Math.Min(max, Items.Length * 2));
                }

                Items[Count++] = slot;
                return;
            }

            Items[_next] = slot;
            _next = (_next + 1) % max;
        }

        public void Forget(int slot)
        {
            for (var j = 0; j < Count; j++)
            {
                if (Items[j] == slot)
                {
                    Items[j] = NoStory;
                }
            }
        }

        public void RemoveStale(StoryState?[] stories)
        {
            var kept = 0;
            var any = false;
            for (var j = 0; j < Count && !any; j++)
            {
                any = Items[j] == NoStory || stories[Items[j]] is null;
            }

            if (!any)
            {
                return;
            }

            for (var j = 0; j < Count; j++)
            {
                if (Items[j] != NoStory && stories[Items[j]] is not null)
                {
                    Items[kept++] = Items[j];
                }
            }

            Array.Fill(Items, NoStory, kept, Count - kept);

            // Compaction loses the ring order; what remains is overwritten oldest-slot-first from 0.
            _next = 0;
            Count = kept;
        }
    }
}
