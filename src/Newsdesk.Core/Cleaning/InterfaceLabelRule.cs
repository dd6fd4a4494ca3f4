using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Controls of galleries and players read as text: "Caption", "Close", "Next", "Back to top".</summary>
public sealed partial class InterfaceLabelRule : LinePatternRule
{
    [GeneratedRegex(@"^\W*(caption|close|open|expand|collapse|next|previous|prev|back to top|menu|search|loading\.*|show more|show less|load more|see more|view gallery|enlarge( this image)?|toggle caption|hide caption|play|pause|replay|mute|unmute|x)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public override string Name => "interface-label";

    protected override Regex Pattern => Label();
}
