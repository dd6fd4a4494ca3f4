namespace Newsdesk.Core.Cleaning;

/// <summary>The paragraphs a cleaning kept (some as captions) and those it removed.</summary>
public sealed record CleanResult(IReadOnlyList<CleanParagraph> Kept, IReadOnlyList<RemovedParagraph> Removed);
