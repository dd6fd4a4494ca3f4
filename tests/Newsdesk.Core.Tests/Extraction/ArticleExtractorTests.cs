using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly ExtractionResult Page = ExtractionFixtures.Extract("jsonld-graph.html", "https://ledger.example/business/2026/03/04/harbour-cranes-return");

    [Fact]
    public void Body_KeepsEveryArticleParagraph_InOrder()
    {
        var text = ExtractionFixtures.Text(Page);

        var order = new[] { "The first container cranes", "Port officials said", "Under the agreement", "Union organiser Dana Whitfield", "Shipping lines had diverted" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("We use cookies")]
    [InlineData("Share on Facebook")]
    [InlineData("Advertisement")]
    [InlineData("Sign up for our Ports")]
    [InlineData("Read more")]
    [InlineData("Photo: Ledger staff")]
    [InlineData("Port authority names new chief")]
    [InlineData("Reader comment")]
    [InlineData("sidebar paragraph")]
    [InlineData("All rights reserved")]
    [InlineData("By Ines Marlow")]
    public void Body_DropsPageFurnitureAndJunkLines(string furniture)
    {
        Assert.DoesNotContain(furniture, ExtractionFixtures.Text(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void Body_DropsTheHeadlineItRepeats()
    {
        Assert.DoesNotContain(Page.Blocks, b => b.Text == "Harbour cranes return to Eastport after strike");
    }

    [Fact]
    public void Blocks_CarryTheirKinds()
    {
        Assert.Contains(Page.Blocks, b => b.Kind == BlockKind.Heading && b.Level == 2 && b.Text == "What the deal gives dockworkers");
        Assert.Contains(Page.Blocks, b => b.Kind == BlockKind.BulletItem && b.Text == "A four percent rise from April.");
        Assert.Contains(Page.Blocks, b => b.Kind == BlockKind.NumberedItem && b.Text == "Formal signing next Monday.");
        Assert.Contains(Page.Blocks, b => b.Kind == BlockKind.Quote && b.Text.StartsWith("We did not want to stop the port", StringComparison.Ordinal));
        Assert.Contains(Page.Blocks, b => b.Kind == BlockKind.Caption && b.Text == "Cranes at the container terminal on Wednesday.");
        var pre = Assert.Single(Page.Blocks, b => b.Kind == BlockKind.Preformatted);
        Assert.Equal("Berth  Ships waiting\nA      12\nB       9", pre.Text);
    }

    [Fact]
    public void PlainText_LeavesCaptionsOut()
    {
        Assert.DoesNotContain("Cranes at the container terminal", ArticleBody.ToPlainText(Page.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_AreResolvedAgainstTheCanonicalUrl_AndOnlyHttpSurvives()
    {
        var block = Assert.Single(Page.Blocks, b => b.Text.StartsWith("Port officials said", StringComparison.Ordinal));
        var links = block.Links!.Select(l => (block.Text.Substring(l.Start, l.Length), l.Href)).ToList();

        Assert.Equal(
            [("at least two weeks", "https://ledger.example/ports/backlog"), ("fuel shipments", "https://ledger.example/ports/fuel")],
            links);
    }

    [Fact]
    public void ToDraft_CarriesBodyAndMetadata()
    {
        var draft = Page.ToDraft("https://ledger.example/feed-item", origin: "test");

        Assert.Equal("https://ledger.example/feed-item", draft.Url);
        Assert.Equal("https://ledger.example/business/2026/03/04/harbour-cranes-return", draft.CanonicalUrl);
        Assert.Equal("Ines Marlow, Tomas Reyes", draft.Byline);
        Assert.Equal("The Coastal Ledger", draft.Outlet);
        Assert.Same(Page.Blocks, draft.Blocks);
    }

    [Fact]
    public void ToDraft_WithoutTitle_UsesTheFirstWords()
    {
        var result = new ExtractionResult { Blocks = [Block.Paragraph("Officials confirmed on Monday that the northern ferry route will reopen next week after repairs to the pier were finished.")] };

        Assert.Equal("Officials confirmed on Monday that the northern ferry route will reopen next…", result.ToDraft(null).Title);
        Assert.Equal("(untitled)", ExtractionResult.Empty.ToDraft(null).Title);
    }

    [Fact]
    public void ClassTokenOnAWrapper_DoesNotLoseTheArticle()
    {
        // "ad" in a page wrapper's class: the region holds the named body, so it is the article, not furniture.
        const string Html = """
            <html><body><div class="page-ad-margins"><main><div class="article-body">
            <p>The city council voted on Tuesday to extend the night bus network to the eastern suburbs from next spring.</p>
            <p>Officials said the extension would cost about four million a year and serve an estimated nine thousand riders a night.</p>
            </div></main></div></body></html>
            """;
        var text = ArticleBody.ToPlainText(new ArticleExtractor().Extract(Html, null).Blocks);

        Assert.Contains("night bus network", text, StringComparison.Ordinal);
        Assert.Contains("nine thousand riders", text, StringComparison.Ordinal);
    }

    private const string WireCopy = """
        <html><head><title>Envoys meet in Geneva</title>{0}</head><body><article>
        <p>GENEVA, Nov. 18 (Peninsula Wire) -- Envoys from the two Koreas met for three hours on Wednesday, their first talks in more than a year, officials said.</p>
        <p>The two sides agreed to meet again next month to discuss family reunions and the reopening of a liaison office near the border.</p>
        <p>Envoys shake hands before the talks in Geneva on Wednesday. (Yonhap)</p>
        <p>Hyo-Ju Son hjson@wire.example</p>
        <p>(END)</p>
        </article></body></html>
        """;

    [Fact]
    public void Body_GoesThroughTheImportersJunkRules_AndTheSignoffNamesTheByline()
    {
        var result = new ArticleExtractor().Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, WireCopy, ""), null);

        Assert.Equal(["Hyo-Ju Son"], result.Bylines);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Caption], result.Blocks.Select(b => b.Kind));
        Assert.Equal("Envoys shake hands before the talks in Geneva on Wednesday. (Yonhap)", result.Blocks[2].Text);
    }

    [Fact]
    public void Signoff_DoesNotOverrideTheBylineThePageStates()
    {
        var result = new ArticleExtractor().Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, WireCopy, "<meta name=\"author\" content=\"Choi Min-ji\">"), null);

        Assert.Equal(["Choi Min-ji"], result.Bylines);
        Assert.DoesNotContain(result.Blocks, b => b.Text.Contains("hjson@", StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_AreDecodedByMetaCharset()
    {
        var html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Городской совет в среду утвердил бюджет на следующий год после долгих обсуждений.</p></body></html>";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(html);

        var result = new ArticleExtractor().Extract(bytes, null);

        Assert.Contains("Городской совет", ArticleBody.ToPlainText(result.Blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_HttpCharsetWins_AndUndeclaredNonUtf8FallsBackToWindows1252()
    {
        var latin = System.Text.Encoding.Latin1.GetBytes("<p>Caf\u00e9 owners in the old town said the new parking rules had cut their trade by a fifth.</p>");

        Assert.Contains("Café owners", ArticleBody.ToPlainText(new ArticleExtractor().Extract(latin, null).Blocks), StringComparison.Ordinal);
        Assert.Contains("Café owners", ArticleBody.ToPlainText(new ArticleExtractor().Extract(latin, null, httpCharset: "iso-8859-1").Blocks), StringComparison.Ordinal);
    }
}
