namespace Newsdesk.Core.Cleaning;

/// <summary>A paragraph a rule removed, for diagnostics and tests.</summary>
public sealed record RemovedParagraph(string Text, string Rule);
