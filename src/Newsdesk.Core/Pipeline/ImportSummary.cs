namespace Newsdesk.Core.Pipeline;

/// <summary>
/// What an import did: articles added or updated, articles already stored unchanged, and every
/// input that failed. Curated quotes are counted apart.
/// </summary>
public sealed record ImportSummary(int Imported, int Unchanged, IReadOnlyList<ImportFailure> Failures, int Files, int QuotesAdded)
{
    public string SummaryLine => $"imported {Imported}, unchanged {Unchanged}, failed {Failures.Count}";
}

