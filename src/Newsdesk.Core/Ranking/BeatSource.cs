namespace Newsdesk.Core.Ranking;

/// <summary>An outlet the beat trusts or watches, matched against an article's outlet name or web host.</summary>
public sealed record BeatSource(string Outlet, double Weight);
