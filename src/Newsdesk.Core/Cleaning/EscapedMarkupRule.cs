using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Markup shown as text (a tracking pixel escaped by a broken template): "&lt;img src=...&gt;".</summary>
public sealed partial class EscapedMarkupRule : LinePatternRule
{
    [GeneratedRegex(@"^<[a-zA-Z][a-zA-Z0-9]*(\s+[a-zA-Z\-:]+\s*=\s*(""[^""]*""|'[^']*'|\S+))+\s*/?>?$", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    public override string Name => "escaped-markup";

    protected override Regex Pattern => Markup();
}
