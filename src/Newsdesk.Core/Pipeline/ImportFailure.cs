namespace Newsdesk.Core.Pipeline;

/// <summary>A file (or an item in one) that could not be imported, and why.</summary>
public sealed record ImportFailure(string Path, string Reason);
