using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

public sealed class MetadataTests
{
    [Fact]
    public void JsonLd_GraphWithArticleTypeArray_GivesEveryField()
    {
        var result = ExtractionFixtures.Extract("jsonld-graph.html", "https://ledger.example/business/2026/03/04/harbour-cranes-return?ref=rss");

        Assert.Equal("Harbour cranes return to Eastport after strike", result.Title);
        Assert.Equal(["Ines Marlow", "Tomas Reyes"], result.Bylines);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 7, 30, 0, TimeSpan.FromHours(1)), result.Published);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 5, 0, TimeSpan.FromHours(1)), result.Modified);
        Assert.Equal("The Coastal Ledger", result.SiteName);
        Assert.Equal("Business", result.Section);
        Assert.Equal("en-GB", result.Language);
        Assert.Equal("Dockworkers end a nine-day stoppage.", result.Description);
        Assert.Equal("https://cdn.ledger.example/cranes.jpg", result.LeadImageUrl);
        Assert.Equal("https://ledger.example/business/2026/03/04/harbour-cranes-return", result.CanonicalUrl);
    }

    [Fact]
    public void OpenGraph_AndArticleTags_GiveFieldsWithoutJsonLd()
    {
        var result = ExtractionFixtures.Extract("opengraph.html", "https://valleypost.example/news/rail-link-approved?utm_source=feed");

        Assert.Equal("Rail link between Ashby and Corran approved", result.Title);
        Assert.Equal("Valley Post", result.SiteName);
        Assert.Equal("https://valleypost.example/news/rail-link-approved", result.CanonicalUrl);
        Assert.Equal("https://valleypost.example/images/rail.jpg", result.LeadImageUrl);
        Assert.Equal("de-CH", result.Language);
        Assert.Equal("Transport", result.Section);
        Assert.Equal("The regional council voted 31 to 9.", result.Description);

        // "-0500" without a colon, as many CMSs write it.
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 16, 45, 0, TimeSpan.FromHours(-5)), result.Published);
        Assert.Equal(new DateTimeOffset(2026, 2, 11, 8, 0, 0, TimeSpan.Zero), result.Modified);

        // article:author holds a profile URL: no name there, so the author meta tag gives it.
        Assert.Equal(["Ruth Oduya"], result.Bylines);
    }

    [Fact]
    public void MetaTags_TimePubdate_AndBylineElement_FillTheRest()
    {
        var result = ExtractionFixtures.Extract("meta-time-byline.html");

        Assert.Equal("Festival de jazz : une édition record", result.Title);
        Assert.Equal("fr", result.Language);
        Assert.Equal("Culture", result.Section);
        Assert.Equal("Plus de quarante mille visiteurs en trois jours.", result.Description);
        Assert.Equal(new DateTimeOffset(2025, 7, 14, 18, 20, 0, TimeSpan.FromHours(2)), result.Published);
        Assert.Equal(["Claire Dubois", "Marc Léger"], result.Bylines);
        Assert.Null(result.CanonicalUrl);
    }

    [Fact]
    public void Microdata_GivesHeadlineAuthorAndDates_AndNamesTheBody()
    {
        var result = ExtractionFixtures.Extract("microdata.html");

        Assert.Equal("Nuevo puente peatonal abre en el barrio del río", result.Title);
        Assert.Equal(["Lucía Fernández"], result.Bylines);
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.Zero), result.Published);
        Assert.Equal(new DateTimeOffset(2025, 9, 2, 11, 30, 0, TimeSpan.Zero), result.Modified);
        Assert.Equal("es", result.Language);
        var text = ExtractionFixtures.Text(result);
        Assert.Contains("dieciocho meses de obras", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Otra noticia", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RelAuthor_TimeElement_HtmlLang_AndTitleSuffix()
    {
        var result = ExtractionFixtures.Extract("rel-author.html");

        Assert.Equal("Chuva forte alaga centro da cidade", result.Title);
        Assert.Equal(["Paulo Souza"], result.Bylines);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.Zero), result.Published);
        Assert.Equal("pt-BR", result.Language);
    }

    [Fact]
    public void UrlDate_IsTheLastResortForPublished()
    {
        const string Html = "<html><body><p>A short page with enough words to be read as a body by the extractor, about a council vote on a bridge.</p></body></html>";
        var result = new ArticleExtractor().Extract(Html, new Uri("https://news.example/2025/11/19/bridge-vote"));

        Assert.Equal(new DateTimeOffset(2025, 11, 19, 0, 0, 0, TimeSpan.Zero), result.Published);
    }

    [Fact]
    public void BrokenJsonLd_IsIgnored_AndOtherSignalsStillCount()
    {
        const string Html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken</script>
            <meta property="og:title" content="From OpenGraph"></head><body><p>Body text.</p></body></html>
            """;

        Assert.Equal("From OpenGraph", new ArticleExtractor().Extract(Html, null).Title);
    }

    [Fact]
    public void JsonLd_WithRawLineBreaksInStrings_IsRead()
    {
        const string Html = "<html><head><script type=\"application/ld+json\">[{\"@type\": \"BlogPosting\", \"headline\": \"Line\none\", \"author\": \"Ann Lee\"}]</script></head><body></body></html>";
        var result = new ArticleExtractor().Extract(Html, null);

        Assert.Equal("Line one", result.Title);
        Assert.Equal(["Ann Lee"], result.Bylines);
    }

    [Theory]
    [InlineData("Markets fall - CNN Business", "CNN", "Markets fall")]
    [InlineData("CNN | Markets fall on trade fears", "CNN", "Markets fall on trade fears")]
    [InlineData("Markets fall | Daily Post", null, "Markets fall")]
    [InlineData("Brexit - what the vote means for the fishing fleets of the North Sea", null, "Brexit - what the vote means for the fishing fleets of the North Sea")]
    public void TitleText_StripsTheOutletFromTitleElements(string title, string? site, string expected)
    {
        Assert.Equal(expected, TitleText.WithoutSiteName(title, site));
    }

    [Theory]
    [InlineData("How to store pears | The Orchard Blog", "The Orchard Blog", "How to store pears")]
    [InlineData("Brexit - what happens next", "Daily Post", "Brexit - what happens next")]
    [InlineData("Opinion | Rates stay high", "Daily Post", "Opinion | Rates stay high")]
    public void TitleText_StripsOnlyTheKnownSiteNameFromHeadlines(string title, string site, string expected)
    {
        Assert.Equal(expected, TitleText.WithoutKnownSiteName(title, site));
    }

    [Theory]
    [InlineData("By Jane Roe and John Doe | Updated 5:30 PM", new[] { "Jane Roe", "John Doe" })]
    [InlineData("Written by: Amy Chen, Reuters", new[] { "Amy Chen", "Reuters" })]
    [InlineData("BY SAM OKAFOR @samokafor", new[] { "SAM OKAFOR" })]
    [InlineData("Von Klaus Berger, 19. November 2019", new[] { "Klaus Berger" })]
    [InlineData("https://example.org/staff/jane", new string[0])]
    public void BylineText_SplitsNamesAndDropsOtherMatter(string byline, string[] expected)
    {
        Assert.Equal(expected, BylineText.Split(byline).ToArray());
    }

    [Theory]
    [InlineData("2019-11-18T10:00:00Z", "2019-11-18T10:00:00+00:00")]
    [InlineData("2019-11-18T10:00:00.000-0500", "2019-11-18T10:00:00-05:00")]
    [InlineData("2019-11-18", "2019-11-18T00:00:00+00:00")]
    [InlineData("Mon, 18 Nov 2019 10:00:00 GMT", "2019-11-18T10:00:00+00:00")]
    [InlineData("0001-01-01T00:00:00", null)]
    [InlineData("not a date", null)]
    public void MetadataDates_ParsesCommonFormats(string value, string? expected)
    {
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MetadataDates.Parse(value));
    }
}
