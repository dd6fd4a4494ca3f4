namespace Newsdesk.Core.Entities;

/// <summary>
/// One named thing of a beat glossary: its preferred name, the names it also goes by (spelling,
/// romanisation and hyphenation variants, abbreviations) and its metonyms (a capital standing for
/// a government: "Pyongyang" for the North Korean government).
/// </summary>
public sealed record GlossaryEntry
{
    /// <summary>Stable identity used in storage and by other stages ("kim-jong-un").</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    public EntityKind Kind { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Names that stand for this entry except where the text uses them as a place ("in Pyongyang");
    /// there the place entry of the same name wins, when the glossary has one.
    /// </summary>
    public IReadOnlyList<string> Metonyms { get; init; } = [];
}
