using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Advertisement slots left as text: "Advertisement", "Story continues below advertisement", "Anzeige", "Publicidad".</summary>
public sealed partial class AdvertisementLabelRule : LinePatternRule
{
    [GeneratedRegex(@"^\W*(advertisement|advertisements|advert|ad|ads|sponsored( content)?|paid content|story continues below( advertisement)?|article continues below( advertisement)?|continue reading below|anzeige|publicidad|publicit[ée]|pubblicit[àa]|реклама|werbung)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public override string Name => "advertisement-label";

    protected override Regex Pattern => Label();
}
