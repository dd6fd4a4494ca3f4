using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Cdf;

/// <summary>Reads Microsoft's Channel Definition Format: CHANNEL and ITEM with HREF, LASTMOD and BASE attributes.</summary>
internal static class CdfReader
{
    public static void Read(ParsedElement root, ParsedFeed feed)
    {
        feed.Format = FeedFormat.Cdf;
        var baseUri = TreeScope.Base(root.Base, root.Attr("base"));
        feed.Base = baseUri;
        feed.Language = root.Language;
        ReadHeader(root, feed, baseUri);
        foreach (var child in root.Elements())
        {
            switch (child.Name)
            {
                case "title":
                    feed.Title = Text(child, baseUri);
                    break;
                case "abstract":
                    feed.Subtitle = Text(child, baseUri);
                    break;
                case "item":
                    feed.AddEntry(ReadItem(child, baseUri));
                    break;
            }
        }
    }

    private static void ReadHeader(ParsedElement e, FeedMetadata target, string? baseUri)
    {
        if (e.Attr("href") is { Length: > 0 } href)
        {
            var url = Uris.UriResolver.Resolve(baseUri, href);
            target.Link = url;
            target.AddLink(new FeedLink(url, FeedLink.Alternate, "text/html"));
        }

        if (e.Attr("lastmod") is { } lastmod)
        {
            target.Updated = DateElements.Read(lastmod);
        }
    }

    private static FeedEntry ReadItem(ParsedElement e, string? parentBase)
    {
        var baseUri = TreeScope.Base(parentBase, e.Attr("base"));
        var entry = new FeedEntry { Base = baseUri, Language = e.Language };
        ReadHeader(e, entry, baseUri);
        entry.Id = entry.Link;
        foreach (var child in e.Elements())
        {
            switch (child.Name)
            {
                case "title":
                    entry.Title = Text(child, baseUri);
                    break;
                case "abstract":
                    entry.Summary = Text(child, baseUri);
                    break;
            }
        }

        return entry;
    }

    private static FeedText Text(ParsedElement e, string? baseUri) => TextConstructs.Plain(e) with { Base = baseUri };
}
