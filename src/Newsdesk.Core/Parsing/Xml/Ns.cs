namespace Newsdesk.Core.Parsing.Xml;

/// <summary>The namespaces the readers understand, after aliases are folded (see <see cref="KnownNamespaces"/>).</summary>
internal enum Ns : byte
{
    /// <summary>No namespace.</summary>
    None,

    /// <summary>A namespace no reader handles.</summary>
    Other,
    Atom10,
    Atom03,

    /// <summary>RSS 0.9x/2.0 core elements (UserLand and Harvard namespaces).</summary>
    Rss,
    Rss10,
    Rss090,
    Rdf,
    Xml,

    /// <summary>Namespace declarations (kept as attributes so readers can see what a document declares).</summary>
    Xmlns,
    Xhtml,
    DublinCore,
    DcTerms,
    Content,
    Media,
    ITunes,
    Wfw,
    GeoRss,
    Gml,
    W3cGeo,
    Psc,
    CreativeCommons,
    Cc,
    Slash,
    Thread,
    FeedBurner,
}
