using Newsdesk.Core.Parsing.Extensions;
using Newsdesk.Core.Parsing.Uris;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Rss;

/// <summary>
/// Reads RSS 0.91 to 2.0 (rss root) and RSS 0.90 / 1.0 (RDF root, where items are siblings of the
/// channel). Element names compare case-insensitively and the core may be unqualified or in any of
/// the RSS namespaces, because all of these occur in the wild.
/// </summary>
internal static class RssReader
{
    private const string SelfType = "application/rss+xml";

    public static void Read(ParsedElement root, ParsedFeed feed)
    {
        if (root.Ns == Ns.Rdf)
        {
            feed.Format = FeedFormat.Rdf;
            feed.Version = root.Declares(Ns.Rss090) || HasChildIn(root, Ns.Rss090) ? "0.90" : "1.0";
        }
        else
        {
            feed.Format = FeedFormat.Rss;
            feed.Version = root.Attr("version")?.Trim() is { Length: > 0 } v ? v : null;
        }

        feed.Language = root.Language;
        feed.Base = root.Base;
        foreach (var child in root.Elements())
        {
            if (IsRss(child) && child.Name == "channel")
            {
                ReadChannel(child, feed);
            }
            else
            {
                // RDF puts items and image beside the channel; broken RSS puts channel elements under <rss>.
                ReadChannelElement(child, feed);
            }
        }

        ChannelLanguage.Apply(feed);
    }

    private static bool HasChildIn(ParsedElement e, Ns ns) => e.Elements().Any(c => c.Ns == ns);

    /// <summary>RSS core elements: unqualified or in an RSS namespace.</summary>
    private static bool IsRss(ParsedElement e) => e.Ns is Ns.None or Ns.Rss or Ns.Rss10 or Ns.Rss090;

    private static void ReadChannel(ParsedElement channel, ParsedFeed feed)
    {
        if (channel.Language is not null && channel.Language != feed.Language)
        {
            feed.Language = channel.Language;
        }

        foreach (var e in channel.Elements())
        {
            ReadChannelElement(e, feed);
        }
    }

    private static void ReadChannelElement(ParsedElement e, ParsedFeed feed)
    {
        if (!IsRss(e))
        {
            ExtensionReader.Read(e, feed, null);
            return;
        }

        if (ReadShared(e, feed))
        {
            return;
        }

        switch (e.Name)
        {
            case "description" or "tagline" or "subtitle":
                feed.Subtitle ??= TextConstructs.Html(e);
                break;
            case "language":
                feed.Language = TreeScope.NormalizeLanguage(e.Text) ?? feed.Language;
                break;
            case "managingeditor":
                if (People.FromText(e.Text) is { } editor)
                {
                    feed.AddAuthor(editor);
                }

                break;
            case "webmaster":
                feed.Publisher ??= People.FromText(e.Text);
                break;
            case "lastbuilddate":
                feed.Updated ??= DateElements.Read(e);
                break;
            case "generator":
                feed.Generator ??= e.Text.Length > 0 ? new FeedGenerator(e.Text) : null;
                break;
            case "docs":
                feed.Docs ??= Links.Url(e);
                break;
            case "ttl":
                if (Links.Int(e.Text) is { } minutes)
                {
                    feed.TimeToLive = TimeSpan.FromMinutes(minutes);
                }

                break;
            case "image":
                feed.Image ??= ReadImage(e);
                break;
            case "cloud":
                feed.Cloud ??= new FeedCloud(e.Attr("domain"), Links.Int(e.Attr("port")), e.Attr("path"), e.Attr("registerProcedure"), e.Attr("protocol"));
                break;
            case "redirect":
                feed.NewLocation ??= e.Elements().FirstOrDefault(c => c.Name == "newlocation") is { } moved ? Links.Url(moved) : null;
                break;
            case "item":
                feed.AddEntry(ReadItem(e, feed));
                break;
        }
    }

    /// <summary>Elements a channel and an item read the same way.</summary>
    private static bool ReadShared(ParsedElement e, FeedMetadata target)
    {
        switch (e.Name)
        {
            case "title":
                target.Title ??= TextConstructs.Plain(e);
                return true;
            case "link":
                // Some feeds write an Atom-style <link href="..."/> where RSS wants text.
                var url = Links.Url(e) ?? Links.UrlAttr(e, "href");
                if (url is not null && target.Link is null)
                {
                    target.Link = url;
                    target.AddLink(new FeedLink(url, FeedLink.Alternate, "text/html"));
                }

                return true;
            case "copyright" or "rights":
                target.Rights ??= TextConstructs.Plain(e);
                return true;
            case "author":
                if (People.FromText(e.Text) is { } author)
                {
                    target.AddAuthor(author);
                }

                return true;
            case "category":
                if (e.Text.Length > 0)
                {
                    target.AddCategory(new FeedCategory(e.Text, e.Attr("domain")));
                }

                return true;
            case "pubdate":
                target.Published ??= DateElements.Read(e);
                return true;
            default:
                return false;
        }
    }

    private static FeedEntry ReadItem(ParsedElement item, ParsedFeed feed)
    {
        var entry = new FeedEntry { Language = item.Language, Base = item.Base };
        string? guid = null;
        var guidIsPermaLink = false;
        foreach (var e in item.Elements())
        {
            if (e.Ns == Ns.Xhtml && e.Name == "body")
            {
                entry.AddContent(TextConstructs.Xhtml(e));
                continue;
            }

            if (!IsRss(e))
            {
                ExtensionReader.Read(e, feed, entry);
                continue;
            }

            if (ReadShared(e, entry))
            {
                continue;
            }

            switch (e.Name)
            {
                case "description" or "summary" or "abstract":
                    // A second teaser element (description plus a non-standard summary) is kept as content, not dropped.
                    if (entry.Summary is null)
                    {
                        entry.Summary = TextConstructs.Html(e);
                    }
                    else
                    {
                        entry.AddContent(TextConstructs.Html(e));
                    }

                    break;
                case "guid":
                    guid = e.Text.Length == 0 ? null : e.Text;
                    guidIsPermaLink = !string.Equals(e.Attr("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                    break;
                case "enclosure":
                    if (Links.UrlAttr(e, "url") is { } url)
                    {
                        var length = Links.Length(e.Attr("length"));
                        var type = e.Attr("type")?.Trim();
                        entry.AddLink(new FeedLink(url, FeedLink.Enclosure, type, Length: length));
                        entry.AddEnclosure(new FeedEnclosure(url, type, length));
                    }

                    break;
                case "comments":
                    entry.CommentsUrl ??= Links.Url(e);
                    break;
                case "source":
                    var sourceUrl = Links.UrlAttr(e, "url");
                    entry.Source = new FeedSource { Url = sourceUrl, Title = e.Text.Length > 0 ? TextConstructs.Plain(e) : null, Link = sourceUrl };
                    break;
                case "expirationdate":
                    var expires = DateElements.Read(e);
                    if (expires?.Value is not null && (entry.Expires?.Value is null || expires.Value < entry.Expires.Value))
                    {
                        entry.Expires = expires;
                    }

                    break;
                case "body" or "fullitem":
                    entry.AddContent(e.HasElementChildren ? TextConstructs.Xhtml(e) : TextConstructs.Html(e));
                    break;
            }
        }

        if (guid is not null)
        {
            // A permalink guid that looks like a URL resolves like one and stands in for a missing
            // link; anything else (isPermaLink="false", "tag:..." or a bare number) stays as written.
            var looksLikeUrl = guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith('/');
            entry.Id = guidIsPermaLink && looksLikeUrl ? UriResolver.Resolve(item.Base, guid) : guid;
            entry.IdIsPermaLink = guidIsPermaLink;
            if (entry.Link is null && guidIsPermaLink && looksLikeUrl)
            {
                entry.Link = entry.Id;
                entry.AddLink(new FeedLink(entry.Id, FeedLink.Alternate, "text/html"));
            }
        }
        else if (item.Attr(Ns.Rdf, "about") is { Length: > 0 } about)
        {
            entry.Id = about;
        }

        return entry;
    }

    private static FeedImage? ReadImage(ParsedElement e)
    {
        var url = e.Elements().FirstOrDefault(c => c.Name == "url") is { } u ? Links.Url(u) : Links.UrlAttr(e, "resource");
        if (url is null)
        {
            return null;
        }

        string? Child(string name) => e.Elements().FirstOrDefault(c => c.Name == name)?.Text;
        return new FeedImage(
            url,
            Child("title"),
            e.Elements().FirstOrDefault(c => c.Name == "link") is { } l ? Links.Url(l) : null,
            Links.Int(Child("width")),
            Links.Int(Child("height")),
            Child("description"));
    }
}
