namespace Newsdesk.Core.Cleaning;

/// <summary>What a junk rule decides about one paragraph.</summary>
public enum JunkVerdict
{
    /// <summary>Article text: the rule has nothing against it.</summary>
    Keep,

    /// <summary>Page furniture: removed from the article.</summary>
    Drop,

    /// <summary>A photo caption: kept, but as a caption block outside the prose.</summary>
    Caption,
}
