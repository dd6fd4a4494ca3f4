namespace Newsdesk.Core.Parsing;

/// <summary>The syndication format a document was read as.</summary>
public enum FeedFormat
{
    /// <summary>Not a feed (or too broken to tell).</summary>
    Unknown,

    /// <summary>RSS 0.91 to 2.0 (the <c>rss</c> root element).</summary>
    Rss,

    /// <summary>RSS 0.90 and 1.0 (the RDF root element).</summary>
    Rdf,

    /// <summary>Atom 0.3 and 1.0.</summary>
    Atom,

    /// <summary>Microsoft's Channel Definition Format.</summary>
    Cdf,

    /// <summary>JSON Feed 1.0 and 1.1.</summary>
    JsonFeed,
}
