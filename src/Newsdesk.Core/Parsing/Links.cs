using System.Globalization;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing;

/// <summary>Reads link-like elements and URL-valued text.</summary>
internal static class Links
{
    /// <summary>
    /// An Atom link. rel defaults to "alternate" (RFC 4287 4.2.7.2); a self link without a type is
    /// taken to be of the document's own type (feeds point at themselves); Atom 0.3 feeds sometimes
    /// put the address in the element text instead of href.
    /// </summary>
    public static FeedLink? Atom(ParsedElement e, string selfType)
    {
        var href = e.Attr("href") ?? e.Attr("url");
        if (string.IsNullOrWhiteSpace(href))
        {
            href = e.Text;
        }

        if (href.Length == 0 && e.Attr("href") is null)
        {
            return null;
        }

        var rel = e.Attr("rel")?.Trim() is { Length: > 0 } r ? r : FeedLink.Alternate;
        var type = e.Attr("type")?.Trim();
        if (string.IsNullOrEmpty(type))
        {
            type = rel == FeedLink.Self ? selfType : null;
        }

        return new FeedLink(UriResolver.Resolve(e.Base, href), rel, type, e.Attr("title"), e.Attr("hreflang"), Length(e.Attr("length")));
    }

    /// <summary>URL text resolved against the element's base, or null when blank.</summary>
    public static string? Url(ParsedElement e)
    {
        var text = e.Text;
        return text.Length == 0 ? null : UriResolver.Resolve(e.Base, text);
    }

    public static string? UrlAttr(ParsedElement e, string attribute)
    {
        var value = e.Attr(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : UriResolver.Resolve(e.Base, value);
    }

    public static long? Length(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static int? Int(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>An alternate link is the main web page only when it is (or may be) HTML, not another feed or a media file.</summary>
    private static bool IsWebPage(string? type) =>
        type is null || type.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a link and mirrors it into the primary link or the enclosures where it belongs.</summary>
    public static void Add(FeedMetadata target, FeedLink link)
    {
        target.AddLink(link);
        if (link.Rel == FeedLink.Alternate && target.Link is null && IsWebPage(link.Type))
        {
            target.Link = link.Href;
        }
        else if (link.Rel == FeedLink.Enclosure && target is FeedEntry entry)
        {
            entry.AddEnclosure(new FeedEnclosure(link.Href, link.Type, link.Length));
        }
    }
}
