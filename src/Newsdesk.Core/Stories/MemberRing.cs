namespace Newsdesk.Core.Stories;

/// <summary>
/// A story's most recent member sketches, packed into one pair of arrays (slot k holds its keys at
/// <c>k * MemberSketch.Size</c>), the oldest overwritten once full. Each article compares its sketch
/// with every member of eight candidate stories: with one pair of arrays per member that was two
/// cache misses per member, and the share of time in single-link evidence grew with the heap (9% at
/// 100k articles, 13% at 700k on the 1M stream, docs/benchmarks.md); packed, it is two per story.
/// </summary>
internal sealed class MemberRing(int capacity)
{
    private ulong[] _keys = [];
    private float[] _weights = [];
    private readonly int[] _lengths = new int[capacity];
    private int _start;

    public int Count { get; private set; }

    /// <summary>Keeps a copy of <paramref name="member"/>; when the ring is full the oldest member goes.</summary>
    public void Add(MemberSketch member) => Add(member.Keys, member.Weights);

    /// <summary>Keeps a copy of a sketch given as its sorted keys and their weights.</summary>
    public void Add(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        int slot;
        if (Count < capacity)
        {
            slot = (_start + Count) % capacity;
            Count++;
            if ((slot + 1) * MemberSketch.Size > _keys.Length)
            {
                // One slot at a time: most stories keep one or two members, and a spare slot in each of
                // 50,000 live stories costs more memory than the copies cost time.
                Array.Resize(ref _keys, (slot + 1) * MemberSketch.Size);
                Array.Resize(ref _weights, (slot + 1) * MemberSketch.Size);
            }
        }
        else
        {
            slot = _start;
            _start = (_start + 1) % capacity;
        }

        keys.CopyTo(_keys.AsSpan(slot * MemberSketch.Size));
        weights.CopyTo(_weights.AsSpan(slot * MemberSketch.Size));
        _lengths[slot] = keys.Length;
    }

    /// <summary>The sorted keys of the <paramref name="k"/>-th member, oldest first.</summary>
    public ReadOnlySpan<ulong> KeysOf(int k)
    {
        var slot = (_start + k) % capacity;
        return _keys.AsSpan(slot * MemberSketch.Size, _lengths[slot]);
    }

    /// <summary>The weights of the <paramref name="k"/>-th member, in the order of its keys.</summary>
    public ReadOnlySpan<float> WeightsOf(int k)
    {
        var slot = (_start + k) % capacity;
        return _weights.AsSpan(slot * MemberSketch.Size, _lengths[slot]);
    }

    /// <summary>Drops the member whose keys equal <paramref name="keys"/> (the others keep their order).</summary>
    public void Remove(ReadOnlySpan<ulong> keys)
    {
        var kept = new List<(ulong[] Keys, float[] Weights)>(Count);
        var removed = false;
        for (var k = 0; k < Count; k++)
        {
            if (!removed && KeysOf(k).SequenceEqual(keys))
            {
                removed = true;
                continue;
            }

            kept.Add((KeysOf(k).ToArray(), WeightsOf(k).ToArray()));
        }

        if (!removed)
        {
            return;
        }

        Count = 0;
        _start = 0;
        foreach (var (k, w) in kept)
        {
            Add(k, w);
        }
    }
}
