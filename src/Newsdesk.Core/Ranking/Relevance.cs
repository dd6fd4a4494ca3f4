namespace Newsdesk.Core.Ranking;

/// <summary>
/// How relevant an article or story is to the beat, and why: the matched terms, the outlets that
/// report it (copies collapsed), a beat source it comes from, and when it was first and last seen.
/// <see cref="Reasons"/> reads "matched: Kim Yo Jong, loudspeakers; 4 outlets; first seen 2 h ago".
/// </summary>
public sealed record Relevance(
    double Score,
    IReadOnlyList<TermMatch> Matches,
    int Outlets,
    int Copies,
    string? Source,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string Reasons)
{
    /// <summary>True when at least one keyword or entity of the beat was found.</summary>
    public bool OnBeat => Matches.Count > 0;
}
