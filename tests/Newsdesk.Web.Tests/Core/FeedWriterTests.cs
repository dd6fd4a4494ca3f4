using System.Text.Json;
using System.Xml.Linq;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Publishing.Feeds;

namespace Newsdesk.Web.Tests.Core;

public sealed class FeedWriterTests
{
    private static readonly FeedChannel Channel = new("Korea Security Brief", new Uri("https://desk.example/"), "Daily");

    private static BriefView Brief(string title = "Brief <b>&</b> more") => new(
        title, new DateOnly(2026, 11, 22), "Intro & context",
        [new BriefQuoteView("Words ]]> that end CDATA", "Han", null) { QuoteId = 1, Outlet = "Harbor Ledger" }],
        [new BriefItemView(1, "Headline <script>x</script>", "Harbor Ledger", "Staff", null, "https://a.example/1", "Note", [Block.Paragraph("Para one.")]) { ItemId = 1, ArticleId = 1, StoryId = 1 }])
    {
        Id = 7,
        Slug = "2026-11-22",
        Status = BriefStatus.Published,
        PublishedAt = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero),
        Version = 3,
    };

    [Fact]
    public void Atom_IsWellFormed_WithEntryLinkAndEscapedContent()
    {
        var xml = XDocument.Parse(AtomFeedWriter.Write(Channel, [Brief()], DateTimeOffset.UnixEpoch));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(xml.Root!.Elements(ns + "entry"));
        Assert.Equal("Brief <b>&</b> more", entry.Element(ns + "title")!.Value);
        Assert.Equal("https://desk.example/archive/2026-11-22", entry.Element(ns + "link")!.Attribute("href")!.Value);
        Assert.Equal("tag:newsdesk,2026-11-22:brief/7", entry.Element(ns + "id")!.Value);
        Assert.Contains("Headline &lt;script&gt;", entry.Element(ns + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal("2026-11-22T07:00:00Z", entry.Element(ns + "published")!.Value);
    }

    [Fact]
    public void Rss_IsWellFormed_EvenWhenContentContainsCdataEnd()
    {
        var xml = XDocument.Parse(RssFeedWriter.Write(Channel, [Brief()], DateTimeOffset.UnixEpoch));
        var item = Assert.Single(xml.Root!.Element("channel")!.Elements("item"));
        Assert.Equal("https://desk.example/archive/2026-11-22", item.Element("link")!.Value);
        Assert.Equal("Sun, 22 Nov 2026 07:00:00 +0000", item.Element("pubDate")!.Value);
        Assert.Contains("Words ]]&gt; that end CDATA", item.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFeed_HasVersionAndItems()
    {
        using var json = JsonDocument.Parse(JsonFeedWriter.Write(Channel, [Brief()]));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal("https://desk.example/archive/2026-11-22", item.GetProperty("url").GetString());
        Assert.Contains("1. Headline <script>x</script>", item.GetProperty("content_text").GetString(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", item.GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }
}
