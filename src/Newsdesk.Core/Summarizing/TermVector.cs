namespace Newsdesk.Core.Summarizing;

/// <summary>A sparse TF-IDF vector over stemmed terms, with its norm computed once.</summary>
internal sealed class TermVector
{
    public static readonly TermVector Empty = new(new Dictionary<string, double>());

    private readonly Dictionary<string, double> _weights;

    public TermVector(Dictionary<string, double> weights)
    {
        _weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public double Norm { get; }

    public IEnumerable<string> Terms => _weights.Keys;

    public static TermVector Weighted(IEnumerable<string> terms, IReadOnlyDictionary<string, double> idf)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            weights[term] = weights.GetValueOrDefault(term) + idf.GetValueOrDefault(term);
        }

        return new TermVector(weights);
    }

    public static TermVector Sum(IEnumerable<TermVector> vectors)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector._weights)
            {
                weights[term] = weights.GetValueOrDefault(term) + weight;
            }
        }

        return new TermVector(weights);
    }

    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, weight) in small._weights)
        {
            if (large._weights.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }

        return dot / (Norm * other.Norm);
    }
}
