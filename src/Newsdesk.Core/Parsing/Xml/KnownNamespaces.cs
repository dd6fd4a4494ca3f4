namespace Newsdesk.Core.Parsing.Xml;

/// <summary>
/// Namespace URIs the readers understand, with the aliases real feeds use. URIs compare
/// case-insensitively and without a trailing slash or '#', because feeds vary both (iTunes'
/// own documentation spells its namespace in two cases). A URI nobody knows falls back to its
/// prefix when the prefix is a conventional one (a podcast declaring xmlns:itunes with a wrong
/// URI still means iTunes); the same prefix table serves documents that use a prefix without
/// declaring it at all.
/// </summary>
internal static class KnownNamespaces
{
    public const string XmlUri = "http://www.w3.org/XML/1998/namespace";
    public const string XhtmlUri = "http://www.w3.org/1999/xhtml";
    public const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    private static readonly Dictionary<string, Ns> ByUri = new(StringComparer.OrdinalIgnoreCase)
    {
        ["http://www.w3.org/2005/Atom"] = Ns.Atom10,
        ["http://purl.org/atom/ns"] = Ns.Atom03,

        // Names of the format during its 2003 drafts (Echo, Pie, Necho), still found in old feeds.
        ["http://purl.org/echo"] = Ns.Atom03,
        ["http://purl.org/pie"] = Ns.Atom03,
        ["http://example.com/newformat"] = Ns.Atom03,
        ["http://example.com/necho"] = Ns.Atom03,
        ["http://backend.userland.com/rss2"] = Ns.Rss,
        ["http://backend.userland.com/rss"] = Ns.Rss,
        ["http://blogs.law.harvard.edu/tech/rss"] = Ns.Rss,
        ["http://purl.org/rss/1.0"] = Ns.Rss10,
        ["http://my.netscape.com/rdf/simple/0.9"] = Ns.Rss090,
        ["http://www.w3.org/1999/02/22-rdf-syntax-ns"] = Ns.Rdf,
        [XmlUri] = Ns.Xml,
        [XhtmlUri] = Ns.Xhtml,
        ["http://www.w3.org/2000/xmlns"] = Ns.Xmlns,
        ["http://purl.org/dc/elements/1.1"] = Ns.DublinCore,
        ["http://purl.org/dc/elements/1.0"] = Ns.DublinCore,
        ["http://purl.org/dc/terms"] = Ns.DcTerms,
        ["http://purl.org/rss/1.0/modules/content"] = Ns.Content,
        ["http://search.yahoo.com/mrss"] = Ns.Media,
        ["http://video.search.yahoo.com/mrss"] = Ns.Media,
        ["http://www.itunes.com/dtds/podcast-1.0.dtd"] = Ns.ITunes,
        ["http://wellformedweb.org/CommentAPI"] = Ns.Wfw,
        ["http://www.georss.org/georss"] = Ns.GeoRss,
        ["http://www.opengis.net/gml"] = Ns.Gml,
        ["http://www.w3.org/2003/01/geo/wgs84_pos"] = Ns.W3cGeo,
        ["http://podlove.org/simple-chapters"] = Ns.Psc,
        ["http://backend.userland.com/creativeCommonsRssModule"] = Ns.CreativeCommons,
        ["http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html"] = Ns.CreativeCommons,
        ["http://web.resource.org/cc"] = Ns.Cc,
        ["http://purl.org/rss/1.0/modules/slash"] = Ns.Slash,
        ["http://purl.org/syndication/thread/1.0"] = Ns.Thread,
        ["http://rssnamespace.org/feedburner/ext/1.0"] = Ns.FeedBurner,
    };

    /// <summary>Conventional prefixes, used when a URI is unknown or a prefix is undeclared.</summary>
    private static readonly Dictionary<string, (Ns Ns, string Uri)> ByPrefix = new(StringComparer.OrdinalIgnoreCase)
    {
        ["atom"] = (Ns.Atom10, "http://www.w3.org/2005/Atom"),
        ["rdf"] = (Ns.Rdf, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ["xhtml"] = (Ns.Xhtml, XhtmlUri),
        ["dc"] = (Ns.DublinCore, "http://purl.org/dc/elements/1.1/"),
        ["dcterms"] = (Ns.DcTerms, "http://purl.org/dc/terms/"),
        ["content"] = (Ns.Content, "http://purl.org/rss/1.0/modules/content/"),
        ["media"] = (Ns.Media, "http://search.yahoo.com/mrss/"),
        ["itunes"] = (Ns.ITunes, "http://www.itunes.com/dtds/podcast-1.0.dtd"),
        ["wfw"] = (Ns.Wfw, "http://wellformedweb.org/CommentAPI/"),
        ["georss"] = (Ns.GeoRss, "http://www.georss.org/georss"),
        ["gml"] = (Ns.Gml, "http://www.opengis.net/gml"),
        ["geo"] = (Ns.W3cGeo, "http://www.w3.org/2003/01/geo/wgs84_pos#"),
        ["psc"] = (Ns.Psc, "http://podlove.org/simple-chapters"),
        ["creativecommons"] = (Ns.CreativeCommons, "http://backend.userland.com/creativeCommonsRssModule"),
        ["cc"] = (Ns.Cc, "http://web.resource.org/cc/"),
        ["slash"] = (Ns.Slash, "http://purl.org/rss/1.0/modules/slash/"),
        ["thr"] = (Ns.Thread, "http://purl.org/syndication/thread/1.0"),
        ["feedburner"] = (Ns.FeedBurner, "http://rssnamespace.org/feedburner/ext/1.0"),
    };

    /// <summary>Classifies a namespace URI, falling back to the prefix the document bound it to.</summary>
    public static Ns Classify(string uri, string? prefix)
    {
        if (uri.Length == 0)
        {
            return Ns.None;
        }

        if (ByUri.TryGetValue(Trim(uri), out var ns))
        {
            return ns;
        }

        return prefix is { Length: > 0 } && ByPrefix.TryGetValue(prefix, out var known) ? known.Ns : Ns.Other;
    }

    /// <summary>The namespace of a prefix a document used without declaring it, if conventional.</summary>
    public static string? UriForUndeclaredPrefix(string prefix) =>
        ByPrefix.TryGetValue(prefix, out var known) ? known.Uri : null;

    private static string Trim(string uri)
    {
        var end = uri.Length;
        while (end > 0 && (uri[end - 1] == '/' || uri[end - 1] == '#'))
        {
            end--;
        }

        return end == uri.Length ? uri : uri[..end];
    }
}
