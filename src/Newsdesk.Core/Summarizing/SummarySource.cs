namespace Newsdesk.Core.Summarizing;

/// <summary>
/// A text to summarize. <see cref="Title"/> (a headline) helps pick sentences; when it is absent
/// and the text opens with a heading line, that line serves as the title.
/// </summary>
public sealed record SummarySource(string Text, string? Title = null);
