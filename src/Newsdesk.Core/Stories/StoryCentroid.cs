namespace Newsdesk.Core.Stories;

/// <summary>
/// A story's centroid: its feature keys in ascending order and their summed weights, in two flat
/// arrays. An article's keys are sorted too, so comparing the two is a merge join that reads the
/// story's arrays front to back, which the CPU prefetches. A hash-table lookup per article feature
/// read scattered memory instead, and missed the cache once the window held tens of thousands of
/// stories (docs/benchmarks.md, scale). Lookups of single keys are binary searches.
/// </summary>
internal sealed class StoryCentroid
{
    private ulong[] _keys = [];
    private float[] _weights = [];

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Count);

    public bool TryGetValue(ulong key, out float weight)
    {
        var at = Array.BinarySearch(_keys, 0, Count, key);
        weight = at >= 0 ? _weights[at] : 0;
        return at >= 0;
    }

    public bool ContainsKey(ulong key) => Array.BinarySearch(_keys, 0, Count, key) >= 0;

    public float GetValueOrDefault(ulong key) => TryGetValue(key, out var weight) ? weight : 0;

    /// <summary>Adds weights under keys given in ascending order (an article's vector, or another centroid).</summary>
    public void Add(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        // Count the keys not held yet, then merge from the back, in place.
        var fresh = 0;
        for (int i = 0, j = 0; i < keys.Length; i++)
        {
            while (j < Count && _keys[j] < keys[i])
            {
                j++;
            }

            if (j == Count || _keys[j] != keys[i])
            {
                fresh++;
            }
        }

        var total = Count + fresh;
        if (total > _keys.Length)
        {
            var capacity = Math.Max(total, Math.Max(16, _keys.Length * 2));
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _weights, capacity);
        }

        int a = Count - 1, b = keys.Length - 1, to = total - 1;
        while (b >= 0)
        {
            if (a >= 0 && _keys[a] > keys[b])
            {
                _keys[to] = _keys[a];
                _weights[to--] = _weights[a--];
            }
            else if (a >= 0 && _keys[a] == keys[b])
            {
                _keys[to] = _keys[a];
                _weights[to--] = _weights[a--] + weights[b--];
            }
            else
            {
                _keys[to] = keys[b];
                _weights[to--] = weights[b--];
            }
        }

        Count = total;
    }

    /// <summary>Keeps only the given entries (any order); the arrays are re-sorted by key.</summary>
    public void Keep(List<(ulong Key, float Weight)> entries)
    {
        Count = entries.Count;
        for (var i = 0; i < entries.Count; i++)
        {
            _keys[i] = entries[i].Key;
            _weights[i] = entries[i].Weight;
        }

        Array.Sort(_keys, _weights, 0, Count);
    }

    /// <summary>Looks up keys given in ascending order, in one forward pass over the centroid (a merge join).</summary>
    public SortedLookup Walk() => new(Keys, Weights);

    public IEnumerable<(ulong Key, float Weight)> Entries()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (_keys[i], _weights[i]);
        }
    }
}

/// <summary>A forward-only lookup in a <see cref="StoryCentroid"/>: each key asked must not be smaller than the one before.</summary>
internal ref struct SortedLookup
{
    private readonly ReadOnlySpan<ulong> _keys;
    private readonly ReadOnlySpan<float> _weights;
    private int _at;

    public SortedLookup(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        _keys = keys;
        _weights = weights;
    }

    public bool TryGetValue(ulong key, out float weight)
    {
        while (_at < _keys.Length && _keys[_at] < key)
        {
            _at++;
        }

        var found = _at < _keys.Length && _keys[_at] == key;
        weight = found ? _weights[_at] : 0;
        return found;
    }
}
