using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Notes from a wire desk to editors: "(ATTN: UPDATES with ... in paras 11-14)", "(EDITORS: ...)".</summary>
public sealed partial class WireAdvisoryRule : JunkRule
{
    [GeneratedRegex(@"^\((ATTN|EDITORS?('S)?( NOTE)?|CORRECTS|ADDS|UPDATES|RECASTS|REFILE|REPEATS)\b[^)]*\)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Advisory();

    public override string Name => "wire-advisory";

    public override JunkVerdict Judge(JunkContext context, int index) =>
        Advisory().IsMatch(context.Text(index)) ? JunkVerdict.Drop : JunkVerdict.Keep;
}
