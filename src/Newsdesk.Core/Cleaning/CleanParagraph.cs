namespace Newsdesk.Core.Cleaning;

/// <summary>A paragraph after cleaning, and the rule that turned it into a caption, if any.</summary>
public sealed record CleanParagraph(string Text, bool IsCaption);
