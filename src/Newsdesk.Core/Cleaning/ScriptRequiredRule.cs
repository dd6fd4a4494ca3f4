using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Fallback text of a script-driven widget: "This slideshow requires JavaScript."</summary>
public sealed partial class ScriptRequiredRule : LinePatternRule
{
    [GeneratedRegex(@"^.{0,60}\b(requires|enable|turn on|needs) javascript\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    public override string Name => "script-required";

    protected override Regex Pattern => Notice();
}
