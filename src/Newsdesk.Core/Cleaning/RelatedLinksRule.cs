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

    public override JunkVerdict Judge(JunkContext context, int index) =>
        Label().IsMatch(context.Paragraphs[index]) ? JunkVerdict.Drop : JunkVerdict.Keep;
}
