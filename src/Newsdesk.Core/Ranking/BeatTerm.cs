namespace Newsdesk.Core.Ranking;

/// <summary>
/// A keyword or entity of a beat: the name shown in reasons, its weight, and other ways to write it.
/// Matching ignores case, hyphens and plural endings; an alias in capitals of up to five letters
/// (UNC, JCS, ROK) only matches capitals, so "US" is not "us".
/// </summary>
public sealed record BeatTerm(string Name, double Weight, IReadOnlyList<string> Aliases)
{
    /// <summary>The entity key of the glossary ("kim-yo-jong"): the name's words joined by hyphens.</summary>
    public string Key => string.Join('-', Text.Tokenizer.Words(Name));
}
