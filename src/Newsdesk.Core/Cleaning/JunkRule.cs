namespace Newsdesk.Core.Cleaning;

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
