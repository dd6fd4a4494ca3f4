using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>A post's metadata row: "05/10/2018 - Posted by: Ann Lee - Category: Health - Tags: ...".</summary>
public sealed partial class PostMetaRule : LinePatternRule
{
    /// <summary>
    /// The row opens with "Posted by" (after at most a date and a separator), so that a sentence
    /// such as "The study, published by the institute in March, ..." is not taken for one.
    /// </summary>
    [GeneratedRegex(@"^\W*([\d./-]+\s*[-|·•]\s*)?(posted|published|publicado|postado|written|escrito|veröffentlicht|publié) (by|por|von|par)\b.{0,120}\b(categor(y|ia|ie)|tags?|filed under|em|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    public override string Name => "post-meta";

    protected override Regex Pattern => Row();
}
