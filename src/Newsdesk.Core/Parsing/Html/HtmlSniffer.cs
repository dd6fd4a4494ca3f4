using System.Text.RegularExpressions;

namespace Newsdesk.Core.Parsing.Html;

/// <summary>
/// Decides whether RSS text that the format calls plain is really escaped HTML, as publishers
/// often write titles ("&amp;lt;b&amp;gt;", "AT&amp;amp;T"). It must contain an end tag or an entity
/// reference, and every tag and entity must be a known HTML one, so "2 &lt; 3" or "&lt;Foo&gt;" stay text.
/// </summary>
internal static partial class HtmlSniffer
{
    /// <summary>Elements that may appear in feed HTML (the usual inline and block vocabulary).</summary>
    private static readonly HashSet<string> KnownElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center",
        "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
        "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    };

    [GeneratedRegex(@"</\w+\s*>|&#?\w+;", RegexOptions.CultureInvariant)]
    private static partial Regex Evidence();

    [GeneratedRegex(@"</?([A-Za-z][\w-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"&(\w+);", RegexOptions.CultureInvariant)]
    private static partial Regex Entities();

    public static bool LooksLikeHtml(string text)
    {
        if (text.IndexOfAny(['<', '&']) < 0 || !Evidence().IsMatch(text))
        {
            return false;
        }

        foreach (Match tag in Tags().Matches(text))
        {
            if (!KnownElements.Contains(tag.Groups[1].Value))
            {
                return false;
            }
        }

        foreach (Match entity in Entities().Matches(text))
        {
            if (string.IsNullOrEmpty(AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(entity.Groups[1].Value + ";")))
            {
                return false;
            }
        }

        return true;
    }
}
