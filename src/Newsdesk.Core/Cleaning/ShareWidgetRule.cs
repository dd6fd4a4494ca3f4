using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// Share buttons and text-size widgets flattened into text: "Share:", "Facebook Twitter Email",
/// "Tweet this", "Copy link", "+ A - A", a lone "Print" or "Email" button label.
/// </summary>
public sealed partial class ShareWidgetRule : JunkRule
{
    /// <summary>Words share bars are made of; a line made only of these (and punctuation) is a widget.</summary>
    private static readonly HashSet<string> WidgetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "this", "article", "story", "on", "via", "facebook", "twitter", "x", "email", "e-mail", "mail",
        "print", "copy", "link", "url", "whatsapp", "linkedin", "reddit", "telegram", "kakaotalk", "pinterest",
        "tweet", "save", "bookmark", "comment", "font", "size", "text", "listen", "gift",
    };

    /// <summary>
    /// A share label or button row as a whole line: "Share this story", "Share via Email",
    /// "Tweet", "Pin it", "Link copied", "Print | Email". A lone button word (Print, Email,
    /// Facebook...) is a widget: no article paragraph is one of these words alone.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(share|shares|share this( article| story| post| page)?|share (on|via) \w+|tweet|tweet this|pin it|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger)" +
        @"(\W+(share|tweet|email|print|facebook|twitter|linkedin|reddit|pinterest|whatsapp|flipboard|messenger|copy link))*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLabel();

    /// <summary>Text-size controls: "A+ A-", "+ A - A", optionally after a word such as "dictionary".</summary>
    [GeneratedRegex(@"^(\w+\s+)?(\+\s*A\s*[-−]\s*A|A\s*\+\s*A\s*[-−]|A\+\s*A[-−])$", RegexOptions.CultureInvariant)]
    private static partial Regex TextSize();

    [GeneratedRegex(@"[\p{L}\p{N}-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The longest flattened share bar seen ("Share this article: Facebook Twitter LinkedIn Email") has 7 words.</summary>
    private const int MaxWidgetWords = 12;

    public override string Name => "share-widget";

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        var p = context.Text(index);
        if (JunkContext.Words(p) > MaxWidgetWords)
        {
            return JunkVerdict.Keep;
        }

        if (ShareLabel().IsMatch(p) || TextSize().IsMatch(p))
        {
            return JunkVerdict.Drop;
        }

        var words = Word().Matches(p).Select(m => m.Value).ToList();
        // Two or more widget words and nothing else ("Facebook Twitter Email"); one such word alone
        // ("Save", "Listen", "Text") may be prose unless the label pattern above names it.
        return words.Count >= 2 && words.All(WidgetWords.Contains) && words.Any(w => !w.Equals("this", StringComparison.OrdinalIgnoreCase))
            ? JunkVerdict.Drop
            : JunkVerdict.Keep;
    }
}
