using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Related-article boxes and teasers left in the text: the label ("Related", "Read more: ...",
/// "You may also like", "Lesen Sie auch") and the headlines listed under it.
/// </summary>
public sealed partial class RelatedLinksRule : JunkRule
{
    [GeneratedRegex(
        @"^(related( articles?| stories| news| coverage| content)?|recommended( stories| articles)?|more (stories|news|from [\w ]{1,30})|see also|most (read|popular|viewed)|trending( now)?|you may also like|top stories)\s*:?$" +
        @"|^(read more|also read|read also|see also|related|more)\s*:\s*.{0,150}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>
    /// A short line that opens with a teaser phrase, in the languages of the shared extraction
    /// pages: "Read more", "Continue reading", "Recommended", "Don't miss", "Leia também".
    /// Only lines up to <see cref="JunkContext.ShortLineChars"/> are matched.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(read more|read more:|more:|related:|related articles?|related stories|related coverage|see also|also read|read also|read next|up next|watch next|continue reading|keep reading|more from|more on this|recommended|most popular|most read|trending( now)?|you may also like|you might also like|don'?t miss|must read|editor'?s picks?|leia (também|mais)|lesen sie auch|lire aussi|leggi anche|читайте также)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Teaser();

    public override string Name => "related-links";

    public override bool IsPositional => true;

    /// <summary>Headlines listed under a related label are short: the longest seen has 12 words.</summary>
    private const int MaxListedHeadlineWords = 20;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        if (IsLabel(context, index))
        {
            return JunkVerdict.Drop;
        }

        // The headlines listed under the label ("- Rail traffic ... doubles") go with it.
        var i = index;
        while (i > 0 && IsListedHeadline(context, i))
        {
            i--;
            if (IsLabel(context, i))
            {
                return JunkVerdict.Drop;
            }
        }

        return JunkVerdict.Keep;
    }

    private static bool IsLabel(JunkContext context, int index) =>
        Label().IsMatch(context.Text(index)) || (context.IsShortLine(index) && Teaser().IsMatch(context.Text(index)));

    private static bool IsListedHeadline(JunkContext context, int index) =>
        context.Paragraphs[index].StartsWith("- ", StringComparison.Ordinal) && JunkContext.Words(context.Paragraphs[index]) <= MaxListedHeadlineWords;
}
