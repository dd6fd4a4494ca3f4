namespace Newsdesk.Core.Pipeline;

/// <summary>A file (or an item in one) that could not be imported, and why.</summary>
public sealed record ImportFailure(string Path, string Reason);

/// <summary>
/// What an import did: articles added or updated, articles already stored unchanged, and every
/// input that failed. Curated quotes are counted apart.
/// </summary>
public sealed record ImportSummary(int Imported, int Unchanged, IReadOnlyList<ImportFailure> Failures, int Files, int QuotesAdded)
{
    public string SummaryLine => $"imported {Imported}, unchanged {Unchanged}, failed {Failures.Count}";
}

/// <summary>Progress of an import, reported after each file.</summary>
public sealed record ImportProgress(int FilesDone, int FilesTotal, string CurrentPath);
