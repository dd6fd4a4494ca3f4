namespace Newsdesk.Core.Ranking;

/// <summary>Ranking (section "Ranking").</summary>
public sealed class RankingOptions
{
    public const string SectionName = "Ranking";

    /// <summary>The beat file; when unset, beat.yaml in the data directory, else the built-in default beat.</summary>
    public string? BeatFile { get; set; }
}
