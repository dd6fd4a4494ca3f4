using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Cookie banners read as text: "We use cookies to ...", "By continuing to use this site ...".</summary>
public sealed partial class CookieNoticeRule : LinePatternRule
{
    [GeneratedRegex(@"^\W*(we use cookies|this (web)?site uses cookies|by (continuing|using) (to use )?this (web)?site|accept (all )?cookies)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    public override string Name => "cookie-notice";

    protected override Regex Pattern => Notice();
}
