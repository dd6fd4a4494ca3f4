namespace Newsdesk.Core.Stories;

/// <summary>
/// An article's sketch as a small hash table, for comparing it with many stored sketches. An article
/// is compared with every member of up to eight candidate stories (single link) and with their seeds;
/// probing a table built once per article is a branch-light loop over each member's keys, where a merge
/// join of two sorted key lists mispredicted a branch per step and took a fifth of the clusterer's time
/// once the window filled. The products are summed in the member's key order (ascending), as the merge
/// join summed them, so the cosine is bit for bit the same.
/// </summary>
internal sealed class SketchProbe
{
    /// <summary>Open addressing at a load of at most a quarter: a key the table lacks costs one or two probes.</summary>
    private const int Bits = 8;

    private const int Size = 1 << Bits;

    /// <summary>No term key has all kind bits set (<see cref="FeatureKind.Term"/> is 0), so this marks an empty slot.</summary>
    private const ulong Empty = ulong.MaxValue;

    private readonly ulong[] _keys = new ulong[Size];
    private readonly float[] _weights = new float[Size];

    public SketchProbe(MemberSketch sketch)
    {
        System.Diagnostics.Debug.Assert(sketch.Keys.Length <= MemberSketch.Size && MemberSketch.Size <= Size / 4);
        Array.Fill(_keys, Empty);
        for (var i = 0; i < sketch.Keys.Length; i++)
        {
            var slot = Slot(sketch.Keys[i]);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (Size - 1);
            }

            _keys[slot] = sketch.Keys[i];
            _weights[slot] = sketch.Weights[i];
        }
    }

    /// <summary>Cosine of the article's sketch with <paramref name="other"/> (both unit length).</summary>
    public double Cosine(MemberSketch other) => Cosine(other.Keys, other.Weights);

    /// <summary>Cosine of the article's sketch with a stored one given as its sorted keys and their weights.</summary>
    public double Cosine(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights)
    {
        double dot = 0;
        for (var j = 0; j < keys.Length; j++)
        {
            var key = keys[j];
            var slot = Slot(key);
            while (true)
            {
                var found = _keys[slot];
                if (found == key)
                {
                    dot += _weights[slot] * weights[j];
                    break;
                }

                if (found == Empty)
                {
                    break;
                }

                slot = (slot + 1) & (Size - 1);
            }
        }

        return dot;
    }

    /// <summary>Keys are stable hashes with the kind in the low bits: the top bits spread evenly.</summary>
    private static int Slot(ulong key) => (int)(key >> (64 - Bits));
}
