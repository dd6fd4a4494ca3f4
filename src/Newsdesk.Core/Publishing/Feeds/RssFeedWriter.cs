using System.Globalization;
using System.Text;
using System.Xml;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Publishing.Feeds;

/// <summary>Writes published briefs as an RSS 2.0 feed.</summary>
public static class RssFeedWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static string Write(FeedChannel channel, IReadOnlyList<BriefView> briefs, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteAttributeString("xmlns", "content", null, ContentNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", channel.Title);
            w.WriteElementString("link", channel.ArchiveUrl.AbsoluteUri);
            w.WriteElementString("description", channel.Description ?? channel.Title);
            w.WriteElementString("lastBuildDate", Rfc822(briefs.Count > 0 ? briefs.Max(FeedChannel.Updated) : now));
            w.WriteElementString("generator", "Newsdesk");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", channel.FeedUrl("feeds/rss.xml").AbsoluteUri);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var brief in briefs)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", brief.Title);
                w.WriteElementString("link", channel.BriefUrl(brief).AbsoluteUri);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "false");
                w.WriteString(FeedChannel.EntryId(brief));
                w.WriteEndElement();
                w.WriteElementString("pubDate", Rfc822(brief.PublishedAt ?? brief.UpdatedAt));
                w.WriteElementString("description", BriefFormat.Headlines(brief));
                w.WriteStartElement("content", "encoded", ContentNs);
                w.WriteCData(BriefHtmlRenderer.RenderFragment(brief).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string Rfc822(DateTimeOffset t) => t.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
}
