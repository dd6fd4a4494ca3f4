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
/// All rings live in one pooled array (<see cref="RingPool"/>) found through an open-addressing
/// table (<see cref="KeyTable"/>): a lookup costs two cache misses, where a dictionary entry, a ring
/// object and its array cost four, and the lookups grew slower as the window filled the heap.
/// </summary>
internal sealed class StoryIndex(int ringSize)
{
    private const int NoStory = -1;

    private readonly KeyTable _keys = new();
    private readonly RingPool _rings = new(ringSize);
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

        var ring = _keys.Find(key);
        if (ring < 0)
        {
            ring = _rings.Take();
            _keys.Insert(key, ring);
        }

        if (_rings.Count(ring) < ringSize)
        {
            Entries++;
        }

        _rings.Add(ring, story.IndexSlot);
    }

    /// <summary>The story no longer lists the key: its entries become stale in place (the ring keeps its order).</summary>
    public void Remove(ulong key, StoryState story)
    {
        if (story.IndexSlot != NoStory && _keys.Find(key) is var ring and >= 0)
        {
            _rings.Forget(ring, story.IndexSlot);
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
            var ring = _keys.Find(vector.Keys[i]);
            if (ring < 0)
            {
                continue;
            }

            var items = _rings.Items(ring);
            Scanned += items.Length;
            var weight = vector.Weights[i];
            for (var j = 0; j < items.Length; j++)
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
        long entries = 0;
        _keys.RemoveWhere(ring =>
        {
            _rings.RemoveStale(ring, _stories);
            var count = _rings.Count(ring);
            entries += count;
            if (count > 0)
            {
                return false;
            }

            _rings.Free(ring);
            return true;
        });

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

    /// <summary>
    /// The rings, one fixed-size stretch of a pooled array each: its count, the position the next entry
    /// overwrites once full, then story slots in insertion order until full, after which the oldest is
    /// overwritten; <see cref="NoStory"/> marks a stale entry.
    /// </summary>
    private sealed class RingPool(int capacity)
    {
        private const int Header = 2;
        private readonly int _stride = capacity + Header;
        private readonly Stack<int> _free = [];
        private int[] _pool = new int[(capacity + Header) * 1024];
        private int _used;

        public int Take()
        {
            if (!_free.TryPop(out var ring))
            {
                ring = _used++;
                if ((long)_used * _stride > _pool.Length)
                {
                    Array.Resize(ref _pool, _pool.Length * 2);
                }
            }

            _pool[ring * _stride] = 0;
            _pool[ring * _stride + 1] = 0;
            return ring;
        }

        public void Free(int ring) => _free.Push(ring);

        public int Count(int ring) => _pool[ring * _stride];

        public ReadOnlySpan<int> Items(int ring) => _pool.AsSpan(ring * _stride + Header, _pool[ring * _stride]);

        public void Add(int ring, int slot)
        {
            var at = ring * _stride;
            ref var count = ref _pool[at];
            if (count < capacity)
            {
                _pool[at + Header + count++] = slot;
                return;
            }

            ref var next = ref _pool[at + 1];
            _pool[at + Header + next] = slot;
            next = (next + 1) % capacity;
        }

        public void Forget(int ring, int slot)
        {
            var items = _pool.AsSpan(ring * _stride + Header, Count(ring));
            for (var j = 0; j < items.Length; j++)
            {
                if (items[j] == slot)
                {
                    items[j] = NoStory;
                }
            }
        }

        public void RemoveStale(int ring, StoryState?[] stories)
        {
            var at = ring * _stride;
            var count = _pool[at];
            var items = _pool.AsSpan(at + Header, capacity);
            var any = false;
            for (var j = 0; j < count && !any; j++)
            {
                any = items[j] == NoStory || stories[items[j]] is null;
            }

            if (!any)
            {
                return;
            }

            var kept = 0;
            for (var j = 0; j < count; j++)
            {
                if (items[j] != NoStory && stories[items[j]] is not null)
                {
                    items[kept++] = items[j];
                }
            }

            items[kept..count].Fill(NoStory);

            // Compaction loses the ring order; what remains is overwritten oldest-slot-first from 0.
            _pool[at + 1] = 0;
            _pool[at] = kept;
        }
    }

    /// <summary>
    /// Feature key to ring, by open addressing with linear probing at a load of at most a half: key and
    /// ring side by side, so a lookup reads one cache line. Removal rebuilds the table (once per sweep).
    /// </summary>
    private sealed class KeyTable
    {
        private const int NoRing = -1;

        private Entry[] _entries = NewEntries(1 << 16);
        private int _count;

        public int Find(ulong key)
        {
            var mask = _entries.Length - 1;
            for (var at = Home(key, mask); ; at = (at + 1) & mask)
            {
                ref readonly var e = ref _entries[at];
                if (e.Ring == NoRing)
                {
                    return NoRing;
                }

                if (e.Key == key)
                {
                    return e.Ring;
                }
            }
        }

        /// <summary>Adds a key the table does not hold.</summary>
        public void Insert(ulong key, int ring)
        {
            if (2 * (_count + 1) > _entries.Length)
            {
                Rehash(_entries.Length * 2, _ => false);
            }

            Place(_entries, key, ring);
            _count++;
        }

        /// <summary>Drops every key whose ring <paramref name="remove"/> says to drop (it sees each ring once).</summary>
        public void RemoveWhere(Func<int, bool> remove) => Rehash(_entries.Length, remove);

        private void Rehash(int size, Func<int, bool> remove)
        {
            var old = _entries;
            _entries = NewEntries(size);
            _count = 0;
            foreach (var e in old)
            {
                if (e.Ring != NoRing && !remove(e.Ring))
                {
                    Place(_entries, e.Key, e.Ring);
                    _count++;
                }
            }
        }

        private static void Place(Entry[] entries, ulong key, int ring)
        {
            var mask = entries.Length - 1;
            var at = Home(key, mask);
            while (entries[at].Ring != NoRing)
            {
                at = (at + 1) & mask;
            }

            entries[at] = new Entry(key, ring);
        }

        /// <summary>Fibonacci hashing: the keys are stable hashes with the kind in the low bits, so take the top bits of the product.</summary>
        private static int Home(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

        private static Entry[] NewEntries(int size)
        {
            var entries = new Entry[size];
            entries.AsSpan().Fill(new Entry(0, NoRing));
            return entries;
        }

        private readonly record struct Entry(ulong Key, int Ring);
    }
}
