using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>An unrendered WordPress shortcode: "[button link=...]Send us your review[/button]".</summary>
public sealed partial class ShortcodeRule : LinePatternRule
{
    [GeneratedRegex(@"^\[[a-z_\-]+(\s[^\]]*)?\].*\[/[a-z_\-]+\]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    public override string Name => "shortcode";

    protected override Regex Pattern => Shortcode();
}
