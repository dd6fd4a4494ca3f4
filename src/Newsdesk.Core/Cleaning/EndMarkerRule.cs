using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>End-of-copy markers wires append: "(END)", "-30-", "###", "(FIN)".</summary>
public sealed partial class EndMarkerRule : JunkRule
{
    [GeneratedRegex(@"^(\(END\)|\(FIN\)|-\s*30\s*-|#\s*#\s*#|-+\s*END\s*-+|END OF (STORY|ARTICLE)|\[END\])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public override string Name => "end-marker";

    public override JunkVerdict Judge(JunkContext context, int index) =>
        Marker().IsMatch(context.Text(index)) ? JunkVerdict.Drop : JunkVerdict.Keep;
}
