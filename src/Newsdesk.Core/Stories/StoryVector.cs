namespace Newsdesk.Core.Stories;

/// <summary>An article's weighted, unit-length feature vector (TF-IDF with kind weights), sorted by key.</summary>
internal sealed class StoryVector(ulong[] keys, float[] weights, FeatureKind[] kinds, StoryFeatures source)
{
    public ulong[] Keys { get; } = keys;

    public float[] Weights { get; } = weights;

    public FeatureKind[] Kinds { get; } = kinds;

    public StoryFeatures Source { get; } = source;

    /// <summary>Squared norm per feature kind (each kind is normalised on its own, so 1 or 0).</summary>
    public double[] NormSquared { get; } = new double[StoryState.KindCount];

    /// <summary>The article's sketch for single-link evidence.</summary>
    public MemberSketch Sketch => _sketch ??= MemberSketch.Of(this);

    private MemberSketch? _sketch;

    /// <summary>The sketch as a probe table, for comparing the article with stored sketches.</summary>
    public SketchProbe Probe => _probe ??= new SketchProbe(Sketch);

    private SketchProbe? _probe;

    private int[]? _order;

    /// <summary>Indices of the heaviest features, heaviest first.</summary>
    public ReadOnlySpan<int> Heaviest(int n)
    {
        if (_order is null)
        {
            var order = new int[Keys.Length];
            var weights = new float[Keys.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
                weights[i] = -Weights[i];
            }

            // Introsort is deterministic: the same article always yields the same order.
            Array.Sort(weights, order);
            _order = order;
        }

        return _order.AsSpan(0, Math.Min(n, _order.Length));
    }
}
