using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// A rule that drops a short line (up to <see cref="JunkContext.ShortLineChars"/>) matching one
/// pattern: page furniture whose wording gives it away wherever it sits ("Advertisement",
/// "We use cookies", "© 2026 ..."). Longer paragraphs are article text even when they match.
/// </summary>
public abstract class LinePatternRule : JunkRule
{
    protected abstract Regex Pattern { get; }

    public override JunkVerdict Judge(JunkContext context, int index) =>
        context.IsShortLine(index) && Pattern.IsMatch(context.Text(index)) ? JunkVerdict.Drop : JunkVerdict.Keep;
}
