using System.Xml;
using Newsdesk.Core.Parsing.Atom;
using Newsdesk.Core.Parsing.Cdf;
using Newsdesk.Core.Parsing.Decoding;
using Newsdesk.Core.Parsing.JsonFeed;
using Newsdesk.Core.Parsing.Rss;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing;

/// <summary>
/// Parses RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3/1.0, CDF and JSON Feed documents from their raw
/// bytes. It never throws on bad input: a broken document yields what could be recovered and is
/// flagged (<see cref="ParsedFeed.WellFormed"/> false). Thread-safe and stateless.
/// </summary>
public sealed class FeedParser
{
    public ParsedFeed Parse(byte[] content, FeedContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var feed = new ParsedFeed();
        var mediaType = MediaType.Parse(context?.ContentType);
        if (mediaType is { IsXml: false, IsJson: false } nonXml)
        {
            feed.Flag($"Served as {nonXml.Type}, which is not an XML or JSON media type.");
        }

        if (content.Length == 0)
        {
            feed.Flag("The document is empty.");
            return feed;
        }

        var decoded = FeedDecoder.Decode(content, mediaType);
        feed.Encoding = decoded.EncodingName;
        if (decoded.Problem is not null)
        {
            feed.Flag(decoded.Problem);
        }

        var documentBase = DocumentBase(context);
        if (JsonFeedReader.LooksLikeJson(decoded.Text))
        {
            JsonFeedReader.Read(decoded.Text, feed, documentBase);
            return feed;
        }

        var documentLanguage = TreeScope.NormalizeLanguage(context?.Header("Content-Language"));
        var text = decoded.Text;
        var leading = LeadingWhitespace(text);
        if (leading > 0 && string.CompareOrdinal(text, leading, "<?xml", 0, 5) == 0)
        {
            // Blank lines before the XML declaration (a classic PHP include bug): not well-formed,
            // but the rest of the document can still be read strictly once they are dropped.
            feed.Flag("The XML declaration is not at the start of the document.");
            text = text[leading..];
        }

        ParsedElement? root;
        try
        {
            root = StrictXmlReader.Read(text, documentBase, documentLanguage);
        }
        catch (XmlException ex)
        {
            feed.Flag("The document is not well-formed XML: " + ex.Message);
            root = LenientXmlReader.Read(text, documentBase, documentLanguage);
        }

        if (root is null)
        {
            feed.Flag("The document has no XML element.");
            return feed;
        }

        switch (root.Name)
        {
            case "rss":
            case "rdf" when root.Ns is Ns.Rdf or Ns.Other or Ns.None:
                RssReader.Read(root, feed);
                break;
            case "feed":
                AtomReader.Read(root, feed);
                break;
            case "channel":
                CdfReader.Read(root, feed);
                break;
            default:
                feed.Flag($"The root element <{root}> is not a known feed format.");
                break;
        }

        return feed;
    }

    private static int LeadingWhitespace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The base for relative URIs: a safe Content-Location (resolved against the URL), else the document URL.</summary>
    private static string? DocumentBase(FeedContext? context)
    {
        var url = context?.DocumentUrl is { IsAbsoluteUri: true } u ? u.OriginalString : null;
        var location = context?.Header("Content-Location");
        if (!string.IsNullOrWhiteSpace(location))
        {
            var resolved = UriResolver.Resolve(url, location);
            if (UriResolver.IsSafeBase(resolved))
            {
                return resolved;
            }
        }

        return url;
    }
}
