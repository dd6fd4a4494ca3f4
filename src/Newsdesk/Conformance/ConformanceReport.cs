namespace Newsdesk.Conformance;

/// <summary>Totals per tier, skips per tag, and the summary line the issue asks for.</summary>
internal sealed record ConformanceReport(IReadOnlyList<VectorResult> Results)
{
    public int CoreTotal => Results.Count(r => r.Vector.IsCore);

    public int CorePassed => Results.Count(r => r.Vector.IsCore && r.Passed);

    public int ExtendedTotal => Results.Count(r => !r.Vector.IsCore);

    public int ExtendedPassed => Results.Count(r => !r.Vector.IsCore && r.Passed);

    public int Skipped => Results.Count(r => r.SkippedFor is not null);

    public int CoreFailed => Results.Count(r => r.Vector.IsCore && r.SkippedFor is null && !r.Passed);

    /// <summary>Passed extended vectors over all extended vectors, skipped ones counted as not passed.</summary>
    public double ExtendedPassRate => ExtendedTotal == 0 ? 1 : (double)ExtendedPassed / ExtendedTotal;

    public IEnumerable<VectorResult> Failed => Results.Where(r => r.SkippedFor is null && !r.Passed);

    public IEnumerable<(string Tag, int Count)> SkipsByTag =>
        Results.Where(r => r.SkippedFor is not null).GroupBy(r => r.SkippedFor!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()));

    public string SummaryLine =>
        $"core: {CorePassed}/{CoreTotal} passed; extended: {ExtendedPassed}/{ExtendedTotal} passed ({Skipped} skipped)";
}
