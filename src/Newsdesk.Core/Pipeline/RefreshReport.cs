namespace Newsdesk.Core.Pipeline;

/// <summary>The result of checking one source, for progress lines and summaries.</summary>
public sealed record RefreshReport(long SourceId, string Title, RefreshStatus Status, int NewArticles = 0, string? Message = null, DateTimeOffset? NextCheckAt = null);
