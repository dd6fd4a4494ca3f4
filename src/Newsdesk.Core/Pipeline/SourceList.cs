namespace Newsdesk.Core.Pipeline;

/// <summary>A page of sources with their health, how many match the query, and totals per state.</summary>
public sealed record SourceList(IReadOnlyList<SourceHealth> Sources, int Matching, IReadOnlyDictionary<SourceState, int> Counts)
{
    public int Total => Counts.Values.Sum();
}
