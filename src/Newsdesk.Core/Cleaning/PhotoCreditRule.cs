using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Photo credits and captions. A credit alone ("Reuters", "Photo: Yonhap") is dropped; a caption
/// that carries a credit ("... (Yonhap)", "... [NEWS1]", "... Photo by X/EPA", "A / B / Yonhap",
/// "... (Photo: X)", "... Getty Images") or announces itself ("This image, published by ...",
/// "Photo: ...", "Source: ...") becomes a caption block, kept out of the prose.
/// </summary>
public sealed partial class PhotoCreditRule : JunkRule
{
    /// <summary>A bare credit line names an agency and little else.</summary>
    private const int MaxCreditWords = 5;

    [GeneratedRegex(@"^(this|the) (image|photo|picture|file photo|photograph|handout photo|screenshot),? (\w+ ){0,6}?(shows|provided|captured|published|taken|released|obtained)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionOpening();

    /// <summary>Trailing agency credit in parentheses, after optional usage notes: "(PHOTO NOT FOR SALE) (Yonhap)".</summary>
    [GeneratedRegex(@"\((?<agency>[\p{L} .-]{2,40})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedCredit();

    /// <summary>Trailing bracketed credit in capitals: "[JOINT PRESS CORPS]", "[NEWS1]".</summary>
    [GeneratedRegex(@"\[[\p{Lu}\d .,'&-]{3,40}\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"(\bphoto(graph)? (by|courtesy of|credit:?)\s+[^.]{2,80}|\|\s*image:\s*.{2,80}|\((picture|photo|image) (source|credit|courtesy)\s*:[^)]*\)|\b(photo|image|picture)\s*:\s*[^.]{2,60})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineCredit();

    /// <summary>Slash-separated credit after the last sentence: ". Associated Press / Kim In-chul / Yonhap", ". /South Korea Joint Chiefs of Staff".</summary>
    [GeneratedRegex(@"[.!?]\s+(?<credit>[\p{Lu}][\p{L}.' -]{1,40}(\s*/\s*[\p{Lu}][\p{L}.' -]{1,40}){1,3})$|[.!?]\s*/\s*[\p{Lu}][\p{L}.' -]{2,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashCredit();

    /// <summary>An agency name standing alone after the last sentence: "... on July 8. Yonhap".</summary>
    [GeneratedRegex(@"[.!?]\s+(?<agency>[\p{Lu}][\p{L} .-]{1,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAgency();

    [GeneratedRegex(@"^((photo|image|picture|credit)s?\s*:\s*)?(?<agency>[\p{L} .&-]+?)(\s*/\s*[\p{L} .-]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOnly();

    /// <summary>A short line that says it is a credit: "Photo: Kestrel News Network", "Photo credit: X".</summary>
    [GeneratedRegex(@"^(photo|image|picture|pictures|photos)( credit| courtesy)?s?\s*:\s*\S.*$|^(photo )?credit\s*:\s*\S.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCredit();

    /// <summary>
    /// A short line opening with a credit label in the languages of the shared extraction pages:
    /// "Photo: ...", "Image by ...", "Illustration | ...", "Credit: ...", "Source: ...", "Foto: ...",
    /// and the BBC's "Image copyright Getty Images".
    /// </summary>
    [GeneratedRegex(@"^\W*((photo|image|picture|photograph|illustration|video|graphic)s?( credit)?\s*(:|\||by\b)|(photo|image|picture|video)s? (copyright|credit|courtesy)\b|(credit|source|foto|bild|fonte|fuente)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLabelOpening();

    /// <summary>Picture agencies whose name closes a credit line (named data, as <see cref="NewsAgencies"/>).</summary>
    private static readonly string[] PictureAgencies = ["getty images", "ap photo", "reuters", "afp", "shutterstock", "istockphoto", "istock", "epa", "alamy"];

    /// <summary>What may stand before a credit's agency name: a sentence end, a slash, a bar, a comma, a dash, a bracket.</summary>
    private const string CreditSeparators = ".!?/|:;,([\u2014\u2013-";

    /// <summary>A short line ending in a labelled credit in parentheses: "... (Photo: Ledger staff)", "(Source: ministry)".</summary>
    [GeneratedRegex(@"\((image|photo|picture|pic|credit|foto|source)s?\s*:[^)]{1,60}\)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCreditEnding();

    public override string Name => "photo-credit";

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        var p = context.Text(index);
        if (IsCreditOnly(p))
        {
            return JunkVerdict.Drop;
        }

        if (context.IsShortLine(index) && IsCreditLine(p))
        {
            return JunkContext.Words(p) <= MaxCreditWords ? JunkVerdict.Drop : JunkVerdict.Caption;
        }

        return IsCaption(p) ? JunkVerdict.Caption : JunkVerdict.Keep;
    }

    /// <summary>A line labelled as a credit or ending in one (checked only on short lines).</summary>
    private static bool IsCreditLine(string p) =>
        CreditLabelOpening().IsMatch(p) || EndsWithPictureAgency(p) || (p.Contains('(', StringComparison.Ordinal) && LabelledCreditEnding().IsMatch(p));

    /// <summary>
    /// A line ending in a picture agency's name set off by punctuation, as credits are:
    /// "... Rajin. Reuters", "Photo by Kim/Getty Images", "Ministers meet, AFP". Not after a word,
    /// so a quote that ends "..., an official told Reuters." stays prose.
    /// </summary>
    private static bool EndsWithPictureAgency(string p)
    {
        var end = p.Length;
        while (end > 0 && !char.IsLetterOrDigit(p[end - 1]))
        {
            end--;
        }

        var text = p.AsSpan(0, end);
        foreach (var agency in PictureAgencies)
        {
            if (!text.EndsWith(agency, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = text[..^agency.Length];
            if (before.Length > 0 && char.IsLetterOrDigit(before[^1]))
            {
                continue;
            }

            before = before.TrimEnd();
            return before.Length == 0 || CreditSeparators.Contains(before[^1]);
        }

        return false;
    }

    /// <summary>True for a line that is a photo caption (announced or credited).</summary>
    public static bool IsCaption(string p)
    {
        p = p.TrimEnd();
        if (p.Length == 0)
        {
            return false;
        }

        // Cheap tests first: most paragraphs end in a full stop and mention no photo.
        var mentionsImage = p.Contains("photo", StringComparison.OrdinalIgnoreCase) || p.Contains("image", StringComparison.OrdinalIgnoreCase)
            || p.Contains("picture", StringComparison.OrdinalIgnoreCase) || p.Contains("screenshot", StringComparison.OrdinalIgnoreCase);
        if ((mentionsImage && (CaptionOpening().IsMatch(p) || InlineCredit().IsMatch(p))) || (p[^1] == ']' && BracketedCredit().IsMatch(p)))
        {
            return true;
        }

        // A quotation ending in a credit is the story's last paragraph on wire copy, not a caption.
        if (p.TrimStart()[0] is '"' or '“')
        {
            return false;
        }

        var paren = p[^1] == ')' ? ParenthesisedCredit().Match(p) : Match.Empty;
        if (paren.Success && NewsAgencies.IsAgency(paren.Groups["agency"].Value))
        {
            return true;
        }

        if (p.Contains('/', StringComparison.Ordinal) && SlashCredit().IsMatch(p))
        {
            return true;
        }

        if (p[^1] is '.' or '!' or '?' or ')' or '"' or '”')
        {
            return false;
        }

        var trailing = TrailingAgency().Match(p);
        return trailing.Success && NewsAgencies.IsAgency(trailing.Groups["agency"].Value);
    }

    private static bool IsCreditOnly(string p)
    {
        if (JunkContext.Words(p) > MaxCreditWords)
        {
            return false;
        }

        if (LabelledCredit().IsMatch(p.Trim()))
        {
            return true;
        }

        var m = CreditOnly().Match(p.Trim());
        return m.Success && NewsAgencies.IsAgency(m.Groups["agency"].Value.Trim());
    }
}
