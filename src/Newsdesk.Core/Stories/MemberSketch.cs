namespace Newsdesk.Core.Stories;

/// <summary>
/// A member article kept by its story for single-link evidence: its heaviest term features,
/// re-normalised, sorted by key. An article compares its own sketch with the stored ones through
/// <see cref="SketchProbe"/>.
/// </summary>
internal sealed class MemberSketch
{
    /// <summary>Features kept per member: enough to recognise a close relative, small enough for many members.</summary>
    public const int Size = 64;

    public MemberSketch(ulong[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
    }

    public ulong[] Keys { get; }

    public float[] Weights { get; }

    public static MemberSketch Of(StoryVector v)
    {
        var chosen = new List<int>(Size);
        foreach (var i in v.Heaviest(int.MaxValue))
        {
            if (v.Kinds[i] == FeatureKind.Term && chosen.Count < Size)
            {
                chosen.Add(i);
            }
        }

        chosen.Sort();
        var picked = chosen.ToArray();
        var keys = new ulong[picked.Length];
        var weights = new float[picked.Length];
        double norm = 0;
        for (var j = 0; j < picked.Length; j++)
        {
            keys[j] = v.Keys[picked[j]];
            weights[j] = v.Weights[picked[j]];
            norm += weights[j] * weights[j];
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] *= scale;
        }

        return new MemberSketch(keys, weights);
    }
}
