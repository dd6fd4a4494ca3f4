namespace Newsdesk.Core.Pipeline;

/// <summary>Totals of one refresh pass.</summary>
public sealed record RefreshSummary(IReadOnlyList<RefreshReport> Reports, TimeSpan Elapsed)
{
    public int Count(RefreshStatus status) => Reports.Count(r => r.Status == status);

    public int NewArticles => Reports.Sum(r => r.NewArticles);
}
