using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>A short pitch built around "click here" ("12 issues for 11.99. Click here for more information.").</summary>
public sealed partial class ClickHereRule : LinePatternRule
{
    [GeneratedRegex(@"\bclick here\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClickHere();

    public override string Name => "click-here";

    protected override Regex Pattern => ClickHere();
}
