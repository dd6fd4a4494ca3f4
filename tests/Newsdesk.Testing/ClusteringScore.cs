namespace Newsdesk.Testing;

/// <summary>
/// BCubed and pairwise precision/recall/F1 of a predicted clustering against gold labels, computed
/// exactly as ../shared/tools/cluster_score.py does (checked against it in StoryClusteringQualityTests).
/// </summary>
public sealed record ClusteringScore(double BCubedP, double BCubedR, double BCubedF1, double PairP, double PairR, double PairF1)
{
    /// <summary>Scores over the gold ids; a gold id missing from the prediction counts as a singleton.</summary>
    public static ClusteringScore Of(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var n = gold.Count;
        var goldSize = new Dictionary<string, long>();
        var predSize = new Dictionary<string, long>();
        var cells = new Dictionary<(string, string), long>();
        foreach (var (id, g) in gold)
        {
            var p = predicted.TryGetValue(id, out var c) ? "p:" + c : "single:" + id;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            cells[(p, g)] = cells.GetValueOrDefault((p, g)) + 1;
        }

        double bp = 0, br = 0;
        long tp = 0;
        foreach (var ((p, g), m) in cells)
        {
            bp += (double)m * m / predSize[p];
            br += (double)m * m / goldSize[g];
            tp += Pairs(m);
        }

        bp = n == 0 ? 0 : bp / n;
        br = n == 0 ? 0 : br / n;
        var predPairs = predSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        var pp = predPairs == 0 ? 0 : (double)tp / predPairs;
        var pr = goldPairs == 0 ? 0 : (double)tp / goldPairs;
        return new ClusteringScore(bp, br, F1(bp, br), pp, pr, F1(pp, pr));
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"BCubed P={BCubedP:F4} R={BCubedR:F4} F1={BCubedF1:F4}; pairwise P={PairP:F4} R={PairR:F4} F1={PairF1:F4}");

    private static long Pairs(long m) => m * (m - 1) / 2;

    private static double F1(double p, double r) => p + r > 0 ? 2 * p * r / (p + r) : 0;
}
