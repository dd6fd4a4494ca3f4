using System.Text;
using System.Xml;
using Newsdesk.Core.Briefs.Rendering;

namespace Newsdesk.Core.Publishing.Feeds;

/// <summary>Writes published briefs as an Atom 1.0 feed (RFC 4287).</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedChannel channel, IReadOnlyList<BriefView> briefs, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteElementString("title", Ns, channel.Title);
            if (channel.Description is not null)
            {
                w.WriteElementString("subtitle", Ns, channel.Description);
            }

            w.WriteElementString("id", Ns, channel.ArchiveUrl.AbsoluteUri);
            w.WriteElementString("updated", Ns, Rfc3339(briefs.Count > 0 ? briefs.Max(FeedChannel.Updated) : now));
            Link(w, channel.FeedUrl("feeds/atom.xml").AbsoluteUri, "self", "application/atom+xml");
            Link(w, channel.ArchiveUrl.AbsoluteUri, "alternate", "text/html");
            w.WriteElementString("generator", Ns, "Newsdesk");
            foreach (var brief in briefs)
            {
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("id", Ns, FeedChannel.EntryId(brief));
                w.WriteElementString("title", Ns, brief.Title);
                w.WriteElementString("published", Ns, Rfc3339(brief.PublishedAt ?? brief.UpdatedAt));
                w.WriteElementString("updated", Ns, Rfc3339(FeedChannel.Updated(brief)));
                Link(w, channel.BriefUrl(brief).AbsoluteUri, "alternate", "text/html");
                w.WriteStartElement("author", Ns);
                w.WriteElementString("name", Ns, channel.Title);
                w.WriteEndElement();
                w.WriteStartElement("summary", Ns);
                w.WriteAttributeString("type", "text");
                w.WriteString(BriefFormat.Headlines(brief));
                w.WriteEndElement();
                w.WriteStartElement("content", Ns);
                w.WriteAttributeString("type", "html");
                w.WriteString(BriefHtmlRenderer.RenderFragment(brief));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset t) => XmlConvert.ToString(t.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
