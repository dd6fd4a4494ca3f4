namespace Newsdesk.Core.Stories;

/// <summary>The kinds of evidence an article gives about which event it reports.</summary>
public enum FeatureKind : byte
{
    /// <summary>A stemmed content word of the title or body.</summary>
    Term,

    /// <summary>A stemmed content word of the title (counted again, apart from the body).</summary>
    TitleTerm,

    /// <summary>A named person, place or organisation (a capitalised span).</summary>
    Entity,

    /// <summary>A number other than a year.</summary>
    Number,

    /// <summary>A year, or a month and day.</summary>
    Date,
}

/// <summary>One feature of an article: its stable key (kind in the low bits), kind and count.</summary>
public readonly record struct Feature(ulong Key, FeatureKind Kind, float Count)
{
    /// <summary>The low bits of every key hold its kind.</summary>
    public const ulong KindMask = 7;

    public static FeatureKind KindOf(ulong key) => (FeatureKind)(key & KindMask);
}
