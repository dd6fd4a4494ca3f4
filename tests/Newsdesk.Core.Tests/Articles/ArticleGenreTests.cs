using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Articles;

public sealed class ArticleGenreTests
{
    [Theory]
    [InlineData("Opinion", ArticleGenre.Opinion)]
    [InlineData("Editorials", ArticleGenre.Opinion)]
    [InlineData("World > Analysis", ArticleGenre.Analysis)]
    [InlineData("Opinion/Columns", ArticleGenre.Opinion)]
    [InlineData("Letters to the editor", ArticleGenre.Opinion)]
    [InlineData("North Korea", ArticleGenre.Report)]
    [InlineData("World, Asia", ArticleGenre.Report)]
    public void Classify_BySection(string section, ArticleGenre expected) =>
        Assert.Equal(expected, ArticleGenres.Classify("Seoul offers talks", "https://post.example/2026/11/21/seoul-offers-talks", section));

    [Theory]
    [InlineData("https://times.example/opinion/20251121/should-seoul-wait", ArticleGenre.Opinion)]
    [InlineData("https://times.example/opinion/editorial/20251121/ed-hotline", ArticleGenre.Opinion)]
    [InlineData("https://paper.example/commentisfree/2026/nov/21/deterrence", ArticleGenre.Opinion)]
    [InlineData("https://review.example/analysis/2026/11/what-pyongyang-earns", ArticleGenre.Analysis)]
    [InlineData("https://wire.example/news/2026/11/21/missiles", ArticleGenre.Report)]
    // The last segment is the article's own slug, and some folder names are ordinary words too.
    [InlineData("https://wire.example/2026/11/21/opinion", ArticleGenre.Report)]
    [InlineData("https://wire.example/comment/2026/11/21/reply", ArticleGenre.Report)]
    [InlineData("not a url", ArticleGenre.Report)]
    public void Classify_ByAFolderOfTheAddress(string url, ArticleGenre expected) =>
        Assert.Equal(expected, ArticleGenres.Classify("Seoul offers talks", url, null));

    [Theory]
    [InlineData("Editorial: Drills and the phone nobody answers", ArticleGenre.Opinion)]
    [InlineData("OPINION | The alliance is not a bill", ArticleGenre.Opinion)]
    [InlineData("[Column] Why the hotline matters", ArticleGenre.Opinion)]
    [InlineData("Analysis - What the launches tell us", ArticleGenre.Analysis)]
    [InlineData("North Korea: missiles fall into the East Sea", ArticleGenre.Report)]
    [InlineData("(LEAD) N. Korean soldiers briefly cross border", ArticleGenre.Report)]
    [InlineData("Seoul - Unification minister keeps talks offer", ArticleGenre.Report)]
    public void Classify_ByALabelBeforeTheHeadline(string title, ArticleGenre expected) =>
        Assert.Equal(expected, ArticleGenres.Classify(title, "https://wire.example/2026/11/21/a", null));

    [Fact]
    public void Classify_SectionBeforeAddress_AndSchemaTypeBeforeBoth()
    {
        Assert.Equal(ArticleGenre.Analysis, ArticleGenres.Classify("x", "https://times.example/opinion/a/b", "Analysis"));
        Assert.Equal(ArticleGenre.Opinion, ArticleGenres.FromSchemaType("OpinionNewsArticle"));
        Assert.Equal(ArticleGenre.Analysis, ArticleGenres.FromSchemaType("http://schema.org/AnalysisNewsArticle"));
        Assert.Null(ArticleGenres.FromSchemaType("NewsArticle"));
        Assert.Null(ArticleGenres.FromSchemaType(null));
    }

    [Fact]
    public void JsonLd_OpinionTypeInAnArray_MakesTheDraftOpinion()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":["NewsArticle","OpinionNewsArticle"],"headline":"Deterrence is not a subscription",
             "articleSection":"World","author":{"@type":"Person","name":"Mina Seo"}}
            </script></head><body><article><h1>Deterrence is not a subscription</h1>
            <p>Alliances are not bought by the year, and treating them as a bill invites the wrong question from both capitals.</p>
            <p>The cost of the troops is real, but so is what they deter, and that is harder to put on an invoice.</p>
            </article></body></html>
            """;
        var result = new ArticleExtractor().Extract(html, new Uri("https://review.example/2026/11/20/deterrence"));

        Assert.Equal("OpinionNewsArticle", result.SchemaType);
        Assert.Equal(ArticleGenre.Opinion, result.ToDraft("https://review.example/2026/11/20/deterrence").Genre);
        Assert.Null(new ArticleExtractor().Extract(html.Replace(",\"OpinionNewsArticle\"", "", StringComparison.Ordinal), null).ToDraft(null).Genre);
    }
}
