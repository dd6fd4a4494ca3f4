namespace Newsdesk.Core.Ranking;

/// <summary>A beat term found in an article or story: how often, whether in a headline, and the points it earned.</summary>
public sealed record TermMatch(string Name, BeatTermKind Kind, int Mentions, bool InTitle, double Points);
