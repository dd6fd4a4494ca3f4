using Newsdesk.Core.Articles;
using Newsdesk.Core.Importing;

namespace Newsdesk.Core.Tests.Importing;

public sealed class HtmlArticleReaderTests
{
    [Fact]
    public void Read_ArticleElement_KeepsTextDropsPageFurniture()
    {
        const string html = """
            <html lang="en"><head>
            <meta property="og:title" content="Navy tests drone off Jeju">
            <meta property="og:site_name" content="Northline Daily">
            <meta name="author" content="Song Ji-ahn">
            <meta property="article:published_time" content="2026-11-19T10:00:00+09:00">
            <link rel="canonical" href="https://northline.example/2026/11/19/drone">
            <script>track()</script></head>
            <body><nav>Home World</nav>
            <article><h1>Navy tests drone off Jeju</h1>
            <p>By Song Ji-ahn</p>
            <p>The navy flew a carrier-capable drone from a test deck for the first time.</p>
            <figure><figcaption>The prototype on the deck, Nov. 17. (Yonhap)</figcaption></figure>
            <h2>Cost</h2>
            <blockquote><p>"It is a first step," an officer said.</p></blockquote>
            <ul><li>Two launches</li><li>Two recoveries</li></ul>
            <p>Subscribe to our newsletter for the latest news delivered to your inbox.</p>
            <p>Comments</p>
            </article><footer>Copyright</footer></body></html>
            """;
        var draft = HtmlArticleReader.Read(html, "file:/x.html")!;

        Assert.Equal("Navy tests drone off Jeju", draft.Title);
        Assert.Equal("Northline Daily", draft.Outlet);
        Assert.Equal("Song Ji-ahn", draft.Byline);
        Assert.Equal("https://northline.example/2026/11/19/drone", draft.Url);
        Assert.Equal("en", draft.Language);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 1, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Caption, BlockKind.Heading, BlockKind.Quote, BlockKind.BulletItem, BlockKind.BulletItem],
            draft.Blocks.Select(b => b.Kind));
        var text = ArticleBody.ToPlainText(draft.Blocks);
        Assert.DoesNotContain("track()", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("By Song", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoArticleElement_UsesTheDensestBlock()
    {
        const string html = "<html><head><title>Boats at Nampo</title></head><body><div class='menu'><p>Home</p></div>"
            + "<div class='story'><p>Four new boats were seen at Nampo on Saturday.</p><p>Each carries four launch tubes.</p></div></body></html>";
        var draft = HtmlArticleReader.Read(html, "file:/x.html")!;
        Assert.Equal("Boats at Nampo", draft.Title);
        Assert.Equal(["Four new boats were seen at Nampo on Saturday.", "Each carries four launch tubes."], draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_JavascriptCanonical_IsNotTakenAsTheUrl()
    {
        var draft = HtmlArticleReader.Read("<html><head><title>T</title><link rel=canonical href='javascript:alert(1)'></head><body><article><p>Text.</p></article></body></html>", "f")!;
        Assert.Null(draft.Url);
    }

    [Fact]
    public void Read_JsonLdMetadata_ArrivesInTheDraft()
    {
        const string html = """
            <html><head><title>Rail link reopens | Northwatch</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rail link reopens for freight","author":[{"@type":"Person","name":"Mikhail Orlov"}],
              "datePublished":"2026-11-19T06:00:00+03:00","dateModified":"2026-11-19T09:30:00+03:00","articleSection":"Economy","url":"https://northwatch.example/rail"}</script>
            </head><body><div class="story"><p>The rail link to the port of Rason reopened to freight on Thursday after a year.</p></div></body></html>
            """;
        var draft = HtmlArticleReader.Read(html, "file:/rail.html")!;

        Assert.Equal(
            ("Rail link reopens for freight", "Mikhail Orlov", new DateTimeOffset(2026, 11, 19, 3, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 19, 6, 30, 0, TimeSpan.Zero), "Economy"),
            (draft.Title, draft.Byline, draft.PublishedAt, draft.ModifiedAt, draft.Section));
        Assert.Equal(("https://northwatch.example/rail", "northwatch.example", "file:/rail.html"), (draft.Url, draft.Outlet, draft.Origin));
        Assert.Equal(["The rail link to the port of Rason reopened to freight on Thursday after a year."], draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_BinaryContent_IsNoArticle()
    {
        Assert.Null(HtmlArticleReader.Read("\0\0\0PK\u0003\u0004" + new string('\0', 64), "file:/x.html"));
    }
}
