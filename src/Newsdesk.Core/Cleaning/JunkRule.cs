namespace Newsdesk.Core.Cleaning;

/// <summary>
/// One named page-junk rule (comment prompts, sign-up blurbs, share widgets...). Rules judge one
/// paragraph at a time but see the whole article, because some junk is only junk at the end.
/// </summary>
public abstract class JunkRule
{
    /// <summary>Stable name, shown in diagnostics and used by tests.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// True when the verdict depends on the paragraph's place or neighbours (the tail, the line
    /// above or below), so the cleaner asks again after other paragraphs are removed. A rule that
    /// looks only at the paragraph's own text answers the same every pass and is asked once.
    /// </summary>
    public virtual bool IsPositional => false;

    public abstract JunkVerdict Judge(JunkContext context, int index);
}
