namespace Newsdesk.Core.Stories;

/// <summary>An article's weighted, unit-length feature vector (TF-IDF with kind weights), sorted by key.</summary>
internal sealed class StoryVector(ulong[] keys, float[] weights, FeatureKind[] kinds, string[] surfaces, StoryFeatures source)
{
    public ulong[] Keys { get; } = keys;

    public float[] Weights { get; } = weights;

    public FeatureKind[] Kinds { get; } = kinds;

    public string[] Surfaces { get; } = surfaces;

    public StoryFeatures Source { get; } = source;

    /// <summary>Squared norm per feature kind (each kind is normalised on its own, so 1 or 0).</summary>
    public double[] NormSquared { get; } = new double[StoryState.KindCount];

    /// <summary>The article's sketch for single-link evidence.</summary>
    public MemberSketch Sketch => _sketch ??= MemberSketch.Of(this);

    private MemberSketch? _sketch;

    /// <summary>Indices of the heaviest features, heaviest first.</summary>
    public int[] Heaviest(int n)
    {
        var order = new int[Keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var w = Weights;
        Array.Sort(order, (a, b) => w[b] != w[a] ? w[b].CompareTo(w[a]) : a.CompareTo(b));
        return order.Length <= n ? order : order[..n];
    }
}
