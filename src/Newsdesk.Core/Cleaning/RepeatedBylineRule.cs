using Newsdesk.Core.Dedup;

namespace Newsdesk.Core.Cleaning;

/// <summary>A metadata line repeated at the end of the page ("en.yna.co.kr · by Kim Soo-yeon · July 13, 2025").</summary>
public sealed class RepeatedBylineRule : JunkRule
{
    public override string Name => "repeated-byline";

    public override bool IsPositional => true;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        if (!context.IsInTail(index) || context.HeaderLines.Count == 0)
        {
            return JunkVerdict.Keep;
        }

        var p = TextFingerprint.Normalize(context.Text(index));
        return p.Length > 0 && context.HeaderLines.Any(h => TextFingerprint.Normalize(h) == p) ? JunkVerdict.Drop : JunkVerdict.Keep;
    }
}
