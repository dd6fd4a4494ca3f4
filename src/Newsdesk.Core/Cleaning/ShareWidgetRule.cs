using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Share buttons and text-size widgets flattened into text: "Share:", "Facebook Twitter Email", "+ A - A".</summary>
public sealed partial class ShareWidgetRule : JunkRule
{
    /// <summary>Words share bars are made of; a line made only of these (and punctuation) is a widget.</summary>
    private static readonly HashSet<string> WidgetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "this", "article", "story", "on", "via", "facebook", "twitter", "x", "email", "e-mail", "mail",
        "print", "copy", "link", "url", "whatsapp", "linkedin", "reddit", "telegram", "kakaotalk", "pinterest",
        "tweet", "save", "bookmark", "comment", "font", "size", "text", "listen", "gift",
    };

    [GeneratedRegex(@"^(share|share this( article| story| page)?|share on \w+)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
        if (ShareLabel().IsMatch(p) || TextSize().IsMatch(p))
        {
            return JunkVerdict.Drop;
        }

        if (JunkContext.Words(p) > MaxWidgetWords)
        {
            return JunkVerdict.Keep;
        }

        var words = Word().Matches(p).Select(m => m.Value).ToList();
        // Two or more widget words and nothing else ("Facebook Twitter Email"); one word alone may be prose.
        return words.Count >= 2 && words.All(WidgetWords.Contains) && words.Any(w => !w.Equals("this", StringComparison.OrdinalIgnoreCase))
            ? JunkVerdict.Drop
            : JunkVerdict.Keep;
    }
}
