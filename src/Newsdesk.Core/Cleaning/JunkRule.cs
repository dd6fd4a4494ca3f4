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

/// <summary>
/// One named page-junk rule (comment prompts, sign-up blurbs, share widgets...). Rules judge one
/// paragraph at a time but see the whole article, because some junk is only junk at the end.
/// </summary>
public abstract class JunkRule
{
    /// <summary>Stable name, shown in diagnostics and used by tests.</summary>
    public abstract string Name { get; }

    public abstract JunkVerdict Judge(JunkContext context, int index);
}
