using Newsdesk.Core.Parsing;
using static Newsdesk.Core.Tests.Parsing.ParserFixtures;

namespace Newsdesk.Core.Tests.Parsing;

public sealed class FeedParserFormatTests
{
    private static readonly FeedContext GazetteContext = new(new Uri("https://gazette.example/feed.xml"), "application/rss+xml");

    [Fact]
    public void Parse_Rss20_ReadsChannelAndItems()
    {
        var feed = Parse(File("rss20.xml"), GazetteContext);

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("2.0", feed.Version);
        Assert.Equal("utf-8", feed.Encoding);
        Assert.Equal("The Harbour Gazette", feed.Title?.Value);
        Assert.Equal("https://gazette.example/", feed.Link);
        Assert.Equal("News from the harbour & the hills", feed.Subtitle?.Value);
        Assert.Equal("en-GB", feed.Language);
        Assert.Equal(TimeSpan.FromMinutes(30), feed.TimeToLive);
        Assert.Contains(feed.Links, l => l.Rel == FeedLink.Self && l.Href == "https://gazette.example/feed.xml");
        Assert.Equal(new FeedImage("https://gazette.example/logo.png", "Gazette", "https://gazette.example/", 88, 31), feed.Image);
        Assert.Equal(2, feed.Entries.Count);

        var first = feed.Entries[0];
        Assert.Equal("gazette-4711", first.Id);
        Assert.False(first.IdIsPermaLink);
        Assert.Equal("https://gazette.example/news/ferry-timetable", first.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 7, 15, 0, TimeSpan.Zero), first.Published?.Value);
        Assert.Equal("Ana Lima", first.Authors.Single().Name);
        Assert.Equal([new FeedCategory("Transport"), new FeedCategory("Harbour", "https://gazette.example/tags")], first.Categories);
        Assert.Equal(FeedText.Html, first.Summary?.ContentType);
        Assert.Contains("href=\"https://gazette.example/timetable\"", first.Summary?.Value, StringComparison.Ordinal);
        Assert.Contains("src=\"https://gazette.example/img/ferry.jpg\"", first.Content?.Value, StringComparison.Ordinal);
        Assert.Equal(new FeedEnclosure("https://gazette.example/audio/ferry.mp3", "audio/mpeg", 123456), first.Enclosures.Single());
        Assert.Equal("https://gazette.example/thumbs/ferry.jpg", first.Image?.Url);

        Assert.Equal("en-GB", first.Title?.Language);

        var second = feed.Entries[1];
        Assert.True(second.IdIsPermaLink);
        Assert.Equal("https://gazette.example/news/sea-wall", second.Link);
        Assert.Equal(new FeedPerson("Desk Editor", "editor@gazette.example"), second.Authors.Single());
        Assert.Equal(TimeSpan.FromSeconds(750), second.Duration);
    }

    [Fact]
    public void Parse_Atom10_ResolvesXmlBaseAndInheritsLanguage()
    {
        var feed = Parse(File("atom10.xml"));

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("1.0", feed.Version);
        Assert.Equal("fr", feed.Language);
        Assert.Equal("https://blog.example/fr/", feed.Link);
        Assert.Contains(feed.Links, l => l.Rel == FeedLink.Self && l.Href == "https://blog.example/fr/atom.xml" && l.Type == "application/atom+xml");
        Assert.Equal(new FeedText("Notes <em>quotidiennes</em>", FeedText.Html, "fr", "https://blog.example/fr/"), feed.Subtitle);
        Assert.Equal(new FeedPerson("Claire Martin", "claire@blog.example", "https://blog.example/claire"), feed.Authors.Single());
        Assert.Equal(new FeedGenerator("Gen", "https://gen.example/", "2.1"), feed.Generator);

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("https://blog.example/fr/2026/11/maree.html", entry.Link);
        Assert.Equal("Une marée exceptionnelle", entry.Title?.Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 5, 30, 0, TimeSpan.Zero), entry.Published?.Value);
        Assert.Equal(new FeedEnclosure("https://blog.example/media/maree.jpg", "image/jpeg", 2048), entry.Enclosures.Single());
        Assert.Equal(new FeedCategory("nature", "https://blog.example/tags", "Nature"), entry.Categories.Single());
        var content = entry.Content!;
        Assert.Equal(FeedText.Xhtml, content.ContentType);
        Assert.Equal("en", content.Language);
        Assert.Equal("<p>See <a href=\"https://blog.example/fr/2026/11/photos/1.jpg\">the photo</a>.</p>", content.Value);
    }

    [Fact]
    public void Parse_Atom03_KeepsModeAndVersion()
    {
        var feed = Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="escaped" type="text/html">A &lt;b&gt;bold&lt;/b&gt; title</title>
              <tagline mode="base64" type="text/plain">SGVsbG8=</tagline>
              <modified>2004-01-01T19:48:21Z</modified>
              <entry><title>One</title><issued>2003-12-31T10:14:55Z</issued><link rel="alternate" href="http://example.com/1"/></entry>
            </feed>
            """);

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal("0.3", feed.Version);
        Assert.Equal(new FeedText("A <b>bold</b> title", FeedText.Html), feed.Title);
        Assert.Equal("Hello", feed.Subtitle?.Value);
        Assert.Equal(new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), feed.Updated?.Value);
        Assert.Equal("http://example.com/1", feed.Entries.Single().Link);
    }

    [Fact]
    public void Parse_Rdf10_ReadsItemsBesideTheChannel()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.com/index.rdf"><title>RDF site</title><link>http://example.com/</link><dc:language>de</dc:language></channel>
              <item rdf:about="http://example.com/1"><title>Erster</title><link>http://example.com/1</link><dc:date>2004-05-06T07:08:09+02:00</dc:date></item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedFormat.Rdf, feed.Format);
        Assert.Equal("1.0", feed.Version);
        Assert.Equal("de", feed.Language);
        var item = Assert.Single(feed.Entries);
        Assert.Equal("http://example.com/1", item.Id);
        Assert.Equal(new DateTimeOffset(2004, 5, 6, 5, 8, 9, TimeSpan.Zero), item.Updated?.Value);
    }

    [Fact]
    public void Parse_Cdf_ReadsChannelAttributes()
    {
        var feed = Parse("""
            <CHANNEL HREF="http://www.example.org/" LASTMOD="2004-04-06T23:05:43-05:00">
              <TITLE>CDF channel</TITLE>
              <ITEM HREF="/item/1"><TITLE>Item</TITLE><ABSTRACT>About it</ABSTRACT></ITEM>
            </CHANNEL>
            """);

        Assert.Equal(FeedFormat.Cdf, feed.Format);
        Assert.Equal("CDF channel", feed.Title?.Value);
        Assert.Equal(new DateTimeOffset(2004, 4, 7, 4, 5, 43, TimeSpan.Zero), feed.Updated?.Value);
        Assert.Equal("About it", feed.Entries.Single().Summary?.Value);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsItemsAttachmentsAndAuthors()
    {
        var feed = Parse("""
            { "version": "https://jsonfeed.org/version/1.1", "title": "JSON desk", "home_page_url": "https://j.example/",
              "feed_url": "https://j.example/feed.json", "language": "en",
              "items": [ { "id": 7, "url": "/posts/7", "title": "Seven", "content_html": "<p><a href=\"/x\">x</a></p>",
                           "date_published": "2026-11-01T12:00:00Z", "authors": [ { "name": "Ivo" } ], "tags": ["a", "b"],
                           "attachments": [ { "url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 99 } ] } ] }
            """, new FeedContext(new Uri("https://j.example/feed.json"), "application/feed+json"));

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("1.1", feed.Version);
        var item = Assert.Single(feed.Entries);
        Assert.Equal("7", item.Id);
        Assert.Equal("https://j.example/posts/7", item.Link);
        Assert.Equal("<p><a href=\"https://j.example/x\">x</a></p>", item.Content?.Value);
        Assert.Equal("Ivo", item.Authors.Single().Name);
        Assert.Equal(new FeedEnclosure("https://j.example/a.mp3", "audio/mpeg", 99), item.Enclosures.Single());
    }

    [Fact]
    public void Parse_JsonGarbage_IsFlaggedNotThrown()
    {
        var feed = Parse("{ \"version\": \"https://jsonfeed.org/version/1\", \"items\": [ ");

        Assert.False(feed.WellFormed);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Parse_Extensions_ItunesMediaGeoAndChapters()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:georss="http://www.georss.org/georss" xmlns:psc="http://podlove.org/simple-chapters">
              <channel>
                <itunes:explicit>false</itunes:explicit>
                <itunes:category text="News"><itunes:category text="Politics"/></itunes:category>
                <itunes:new-feed-url>https://new.example/feed</itunes:new-feed-url>
                <item>
                  <title>Episode</title>
                  <media:content url="https://cdn.example/v.mp4" type="video/mp4" medium="video" duration="61" width="640" height="360"/>
                  <georss:point>45.256 -71.92</georss:point>
                  <psc:chapters version="1.2"><psc:chapter start="00:01:02.500" title="Intro"/></psc:chapters>
                </item>
              </channel>
            </rss>
            """);

        Assert.True(feed.WellFormed, feed.Problem);
        Assert.False(feed.Explicit);
        Assert.Equal(["News", "Politics"], feed.Categories.Select(c => c.Term));
        Assert.Equal("https://new.example/feed", feed.NewLocation);
        var entry = feed.Entries.Single();
        var media = entry.Media.Single();
        Assert.Equal(("https://cdn.example/v.mp4", "video", TimeSpan.FromSeconds(61), 640), (media.Url, media.Medium, media.Duration, media.Width));
        Assert.Equal(FeedGeometry.Point, entry.Location?.Kind);
        Assert.Equal([-71.92, 45.256], entry.Location!.Coordinates[0]);
        Assert.Equal(new FeedChapter(TimeSpan.FromSeconds(62.5), "Intro"), entry.Chapters.Single());
    }

    [Fact]
    public void Parse_DcTermsValid_ReadsThePeriod()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
              <dcterms:valid>start=2002-10-13T09:00+01:00; end=2002-10-17T17:00+01:00; scheme=W3C-DTF</dcterms:valid>
            </channel></rss>
            """);

        Assert.Equal(new DateTimeOffset(2002, 10, 13, 8, 0, 0, TimeSpan.Zero), feed.Validity?.Start?.Value);
        Assert.Equal(new DateTimeOffset(2002, 10, 17, 16, 0, 0, TimeSpan.Zero), feed.Validity?.End?.Value);
    }

    [Fact]
    public void Parse_RootIsNotAFeed_IsFlagged()
    {
        var feed = Parse("<html><body><p>Not a feed</p></body></html>");

        Assert.False(feed.WellFormed);
        Assert.Equal(FeedFormat.Unknown, feed.Format);
        Assert.Contains("html", feed.Problem, StringComparison.Ordinal);
    }
}
