namespace Newsdesk.Core.Ranking;

/// <summary>How the parts of a relevance score add up (the "weights" block of a beat).</summary>
public sealed record BeatWeights
{
    /// <summary>Multiplies every keyword's weight.</summary>
    public double Keyword { get; init; } = 1;

    /// <summary>Multiplies every entity's weight.</summary>
    public double Entity { get; init; } = 1;

    /// <summary>A match in the headline counts this many times a match in the body.</summary>
    public double Title { get; init; } = 2;

    /// <summary>Points per doubling of the outlets that report a story (2 outlets: 1x, 4: 2x, 8: 3x).</summary>
    public double Outlets { get; init; } = 2;

    /// <summary>Multiplies the weight of a beat source an article comes from.</summary>
    public double Source { get; init; } = 1;

    /// <summary>Points for a story seen just now, halving every <see cref="RecencyHalfLifeHours"/>.</summary>
    public double Recency { get; init; } = 3;

    public double RecencyHalfLifeHours { get; init; } = 12;
}
