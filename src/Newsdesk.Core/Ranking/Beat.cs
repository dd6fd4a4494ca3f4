namespace Newsdesk.Core.Ranking;

/// <summary>
/// What an editor follows: keywords, entities and sources with weights (YAML, see
/// DefaultBeat.yaml). Articles and stories are ranked against it by <see cref="RelevanceScorer"/>.
/// </summary>
public sealed record Beat
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public BeatWeights Weights { get; init; } = new();

    /// <summary>Topic words and phrases; a negative weight pushes matching articles down (sport, celebrity).</summary>
    public IReadOnlyList<BeatTerm> Keywords { get; init; } = [];

    /// <summary>People, organisations and places, by preferred name with their aliases.</summary>
    public IReadOnlyList<BeatTerm> Entities { get; init; } = [];

    public IReadOnlyList<BeatSource> Sources { get; init; } = [];
}
