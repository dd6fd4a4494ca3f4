using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Sign-up and follow-us blurbs ("Sign up to receive ... newsletter", "Follow X on Google News"),
/// and the one-line reader testimonial a sign-up blurb often carries ("... —Keith").
/// </summary>
public sealed partial class NewsletterSignupRule : JunkRule
{
    /// <summary>Blurbs are short: the longest seen is 17 words; article sentences that mention a newsletter run longer.</summary>
    private const int MaxBlurbWords = 30;

    /// <summary>A testimonial is one short sentence signed with a first name.</summary>
    private const int MaxTestimonialWords = 25;

    [GeneratedRegex(
        @"^(sign up|subscribe|register)\b.*\b(newsletter|e-?mail|inbox|updates|alerts|briefing)\b" +
        @"|\b(newsletter|briefing)\b.*\b(sign up|subscribe)\b" +
        @"|^(get|receive)\b.*\b(delivered|straight)\b.*\binbox\b" +
        @"|^follow\b.{1,60}\bon (google news|twitter|x|facebook|instagram|telegram|linkedin|youtube)\b" +
        @"|^(enter your e-?mail|your e-?mail address)\b" +
        @"|^you (are receiving|received|got) (this|[\w ]{1,40}) because you (subscribed|signed up)\b" +
        @"|\bunsubscribe\b|\bmanage (your )?(subscription|preferences)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Blurb();

    /// <summary>Ends in a dash and a single capitalised first name: "... by myself. —Keith".</summary>
    [GeneratedRegex(@"[.!?""”]\s*[—–-]\s*\p{Lu}\p{Ll}+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedWithFirstName();

    public override string Name => "newsletter-signup";

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        var p = context.Text(index);
        if (IsBlurb(p))
        {
            return JunkVerdict.Drop;
        }

        var nextIsBlurb = index + 1 < context.Paragraphs.Count && IsBlurb(context.Paragraphs[index + 1]);
        return nextIsBlurb && JunkContext.Words(p) <= MaxTestimonialWords && SignedWithFirstName().IsMatch(p)
            ? JunkVerdict.Drop
            : JunkVerdict.Keep;
    }

    private static bool IsBlurb(string p) => JunkContext.Words(p) <= MaxBlurbWords && Blurb().IsMatch(p);
}
