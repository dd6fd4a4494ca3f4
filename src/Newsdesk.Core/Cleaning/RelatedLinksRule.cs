using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Labels of related-article boxes left in the text: "Related", "Related Article", "Read more: ...".</summary>
public sealed partial class RelatedLinksRule : JunkRule
{
    [GeneratedRegex(
        @"^(related( articles?| stories| news| coverage| content)?|recommended( stories| articles)?|more (stories|news|from [\w ]{1,30})|see also|most (read|popular|viewed)|trending( now)?|you may also like|top stories)\s*:?$" +
        @"|^(read more|also read|read also|see also|related|more)\s*:\s*.{0,150}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    public override string Name => "related-links";

    /// <summary>Headlines listed under a related label are short: the longest seen has 12 words.</summary>
    private const int MaxListedHeadlineWords = 20;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        if (Label().IsMatch(context.Text(index)))
        {
            return JunkVerdict.Drop;
        }

        // The headlines listed under the label ("- Rail traffic ... doubles") go with it.
        var i = index;
        while (i > 0 && IsListedHeadline(context, i))
        {
            i--;
            if (Label().IsMatch(context.Text(i)))
            {
                return JunkVerdict.Drop;
            }
        }

        return JunkVerdict.Keep;
    }

    private static bool IsListedHeadline(JunkContext context, int index) =>
        context.Paragraphs[index].StartsWith("- ", StringComparison.Ordinal) && JunkContext.Words(context.Paragraphs[index]) <= MaxListedHeadlineWords;
}
