using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Sign-up, subscription and follow-us blurbs ("Sign up to receive ... newsletter", "Follow X on
/// Google News", "Like us on Facebook", "Already a subscriber?"), and the one-line reader
/// testimonial a sign-up blurb often carries ("... —Keith").
/// </summary>
public sealed partial class NewsletterSignupRule : JunkRule
{
    /// <summary>
    /// Blurbs are short: the longest in the seeds is 17 words, the longest on the shared
    /// extraction pages under 200 characters. A paragraph is a candidate when it is within either
    /// bound (30 words or <see cref="JunkContext.ShortLineChars"/>); article sentences that mention
    /// a newsletter run longer or do not match the anchored patterns.
    /// </summary>
    private const int MaxBlurbWords = 30;

    /// <summary>A testimonial is one short sentence signed with a first name.</summary>
    private const int MaxTestimonialWords = 25;

    /// <summary>Blurbs recognised by their opening words (tried once, at the start of the line).</summary>
    [GeneratedRegex(
        @"^\W*(sign up|subscribe|register)\b.*\b(newsletters?|e-?mail|inbox|updates|alerts|briefing|digest)\b" +
        @"|^\W*(get|receive)\b.*\b(delivered|straight)\b.*\binbox\b" +
        @"|^\W*get (our|the) .{0,60}newsletter" +
        @"|^\W*.{0,80}delivered (straight |directly )?to your inbox" +
        @"|^\W*follow\b.{1,60}\bon (google news|twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b" +
        @"|^\W*(follow|like) (us|me|@\w+)\b" +
        @"|^\W*like \w+( \w+)? on (twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b" +
        @"|^\W*(enter (your )?e-?mail|your e-?mail address)\b" +
        @"|^\W*(subscribe (now|today|here)|already a subscriber|become a (member|subscriber))\b" +
        @"|^you (are receiving|received|got) (this|[\w ]{1,40}) because you (subscribed|signed up)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlurbOpening();

    /// <summary>Blurbs recognised by words anywhere in the line.</summary>
    [GeneratedRegex(@"\b(newsletters?|briefing)\b.*\b(sign up|subscribe)\b|\bunsubscribe\b|\bmanage (your )?(subscription|preferences)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlurbWords();

    /// <summary>Ends in a dash and a single capitalised first name: "... by myself. —Keith".</summary>
    [GeneratedRegex(@"[.!?""”]\s*[—–-]\s*\p{Lu}\p{Ll}+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedWithFirstName();

    public override string Name => "newsletter-signup";

    public override bool IsPositional => true;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        var p = context.Text(index);
        if (IsBlurb(p))
        {
            return JunkVerdict.Drop;
        }

        return JunkContext.Words(p) <= MaxTestimonialWords && SignedWithFirstName().IsMatch(p)
            && index + 1 < context.Paragraphs.Count && IsBlurb(context.Text(index + 1))
            ? JunkVerdict.Drop
            : JunkVerdict.Keep;
    }

    private static bool IsBlurb(string p) =>
        (p.Length <= JunkContext.ShortLineChars || JunkContext.Words(p) <= MaxBlurbWords) && (BlurbOpening().IsMatch(p) || BlurbWords().IsMatch(p));
}
