namespace Newsdesk.Core.Cleaning;

/// <summary>What the junk rules decided about one paragraph, and the rule that decided (null for Keep and blank paragraphs).</summary>
public readonly record struct JunkDecision(JunkVerdict Verdict, string? Rule);
