using Newsdesk.Core.Parsing.Atom;
using Newsdesk.Core.Parsing.Xml;

namespace Newsdesk.Core.Parsing.Extensions;

/// <summary>
/// Reads the extension namespaces every format shares (Dublin Core, content, Media RSS, iTunes,
/// comment API, Creative Commons, GeoRSS, Podlove chapters, FeedBurner, Atom elements inside RSS).
/// Core elements win: extensions fill a field only when the format's own element left it empty,
/// except where noted.
/// </summary>
internal static class ExtensionReader
{
    /// <summary>Reads one child of a channel/feed (entry null) or of an entry; false when nobody knows it.</summary>
    public static bool Read(ParsedElement e, ParsedFeed feed, FeedEntry? entry)
    {
        FeedMetadata target = entry is null ? feed : entry;
        switch (e.Ns)
        {
            case Ns.DublinCore:
                return DublinCore(e, target);
            case Ns.DcTerms:
                return DcTerms(e, target);
            case Ns.Content when e.Name == "encoded" && entry is not null:
                entry.AddContent(TextConstructs.Html(e));
                return true;
            case Ns.Media:
                return MediaRssReader.Read(e, target);
            case Ns.ITunes:
                return ITunesReader.Read(e, feed, entry);
            case Ns.Wfw when entry is not null:
                if (e.Name == "comment")
                {
                    entry.CommentsUrl ??= Links.Url(e);
                    return true;
                }

                if (e.Name == "commentrss")
                {
                    entry.CommentsFeedUrl ??= Links.Url(e);
                    return true;
                }

                return false;
            case Ns.CreativeCommons or Ns.Cc when e.Name == "license" && entry is not null:
                entry.License ??= Links.UrlAttr(e, "resource") ?? Links.Url(e);
                return true;
            case Ns.GeoRss or Ns.Gml when entry is not null:
                entry.Location ??= GeoRssReader.Read(e);
                return true;
            case Ns.Psc when e.Name == "chapters" && entry is not null:
                ChaptersReader.Read(e, entry);
                return true;
            case Ns.FeedBurner when e.Name == "origlink" && entry is not null:
                // FeedBurner rewrote <link> to its own redirector; origLink is the publisher's URL.
                if (Links.Url(e) is { } original)
                {
                    entry.Link = original;
                }

                return true;
            case Ns.Atom10 or Ns.Atom03 when e.Name == "link":
                // RSS feeds borrow atom:link for their self and hub links; other Atom elements would fight the RSS ones.
                return AtomElements.ReadCommon(e, target, feed.Format == FeedFormat.Atom ? "application/atom+xml" : "application/rss+xml");
            default:
                return false;
        }
    }

    private static bool DublinCore(ParsedElement e, FeedMetadata target)
    {
        switch (e.Name)
        {
            case "title":
                target.Title ??= TextConstructs.Plain(e);
                return true;
            case "creator" or "author":
                if (People.FromText(e.Text) is { } author)
                {
                    target.AddAuthor(author);
                }

                return true;
            case "contributor":
                if (People.FromText(e.Text) is { } contributor)
                {
                    target.AddContributor(contributor);
                }

                return true;
            case "publisher":
                target.Publisher ??= People.FromText(e.Text);
                return true;
            case "subject":
                if (e.Text.Length > 0)
                {
                    target.AddCategory(new FeedCategory(e.Text));
                }

                return true;
            case "description":
                if (target is FeedEntry entry)
                {
                    entry.Summary ??= TextConstructs.Html(e);
                }
                else if (target is FeedHeader header)
                {
                    header.Subtitle ??= TextConstructs.Html(e);
                }

                return true;
            case "date":
                target.Updated ??= DateElements.Read(e);
                return true;
            case "rights":
                target.Rights ??= TextConstructs.Plain(e);
                return true;
            case "language":
                target.Language ??= TreeScope.NormalizeLanguage(e.Text);
                return true;
            case "identifier":
                target.Id ??= e.Text.Length > 0 ? e.Text : null;
                return true;
            default:
                return false;
        }
    }

    private static bool DcTerms(ParsedElement e, FeedMetadata target)
    {
        switch (e.Name)
        {
            case "modified":
                target.Updated = DateElements.Read(e) ?? target.Updated;
                return true;
            case "issued":
                target.Published ??= DateElements.Read(e);
                return true;
            case "created":
                if (target is FeedEntry entry)
                {
                    entry.Created ??= DateElements.Read(e);
                }

                return true;
            case "valid":
                target.Validity ??= FeedPeriod.Parse(e.Text);
                return true;
            default:
                return DublinCore(e, target);
        }
    }
}
