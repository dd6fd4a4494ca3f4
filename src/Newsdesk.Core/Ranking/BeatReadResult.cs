namespace Newsdesk.Core.Ranking;

/// <summary>A beat read from YAML, or the reasons it could not be (every problem found, not just the first).</summary>
public sealed record BeatReadResult(Beat? Beat, IReadOnlyList<BeatError> Errors)
{
    public bool Succeeded => Beat is not null && Errors.Count == 0;
}
