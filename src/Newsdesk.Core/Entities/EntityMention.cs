namespace Newsdesk.Core.Entities;

/// <summary>
/// One mention of a named thing in a text: the characters [Start, Start+Length) name the entity
/// whose stable <see cref="Key"/> (glossary key, or the normalised name when it is not in the
/// glossary) and <see cref="PreferredName"/> the beat glossary gives.
/// </summary>
public sealed record EntityMention(EntityKind Kind, string Key, string PreferredName, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>True when the beat glossary knows the entity (as opposed to a capitalised-span guess).</summary>
    public bool InGlossary { get; init; }
}
