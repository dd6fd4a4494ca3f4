using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Core.Tests.Extraction;

public sealed class SiteRulesTests
{
    private const string Page = """
        <html><body>
        <div class="story"><p>The ferry operator announced on Thursday that winter sailings to the outer islands will run twice a day instead of once.</p></div>
        <div class="promo-box"><p>Subscribers get the full timetable and fare tables in a downloadable guide every single season.</p></div>
        <div class="notes"><p>Timetables are provisional until the harbour authority confirms berth allocations for the winter.</p></div>
        </body></html>
        """;

    [Fact]
    public void Parse_SplitsOnCommasAndLines_ButNotInsideBracketsOrQuotes()
    {
        var rules = SiteRules.Parse("div.story, article[data-x='a,b']\n:is(p, li).lead", ".promo-box\r\n\n");

        Assert.Equal(["div.story", "article[data-x='a,b']", ":is(p, li).lead"], rules.Keep);
        Assert.Equal([".promo-box"], rules.Remove);
        Assert.Same(SiteRules.None, SiteRules.Parse(" ", null));
    }

    [Fact]
    public void For_ReadsTheSourceSelectors()
    {
        var rules = SiteRules.For(new Sources.Source { KeepSelectors = ".story", RemoveSelectors = ".promo-box, .notes" });

        Assert.Equal([".story"], rules.Keep);
        Assert.Equal([".promo-box", ".notes"], rules.Remove);
    }

    [Fact]
    public void Keep_ReadsOnlyTheSelectedElements_InDocumentOrder()
    {
        var result = new ArticleExtractor().Extract(Page, null, SiteRules.Parse(".notes, .story", null));
        var text = ArticleBody.ToPlainText(result.Blocks);

        Assert.StartsWith("The ferry operator", text, StringComparison.Ordinal);
        Assert.EndsWith("for the winter.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribers", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_DropsElementsBeforeExtraction()
    {
        var without = ArticleBody.ToPlainText(new ArticleExtractor().Extract(Page, null, SiteRules.Parse(null, ".notes")).Blocks);

        Assert.Contains("ferry operator", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Timetables are provisional", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_ThatMatchesNothing_FallsBackToTheGenericReading()
    {
        var text = ArticleBody.ToPlainText(new ArticleExtractor().Extract(Page, null, SiteRules.Parse("#missing", null)).Blocks);

        Assert.Contains("ferry operator", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSelector_MatchesNothing_InsteadOfFailing()
    {
        var result = new ArticleExtractor().Extract(Page, null, SiteRules.Parse("div[[[", "p:nonsense("));

        Assert.Contains("ferry operator", ArticleBody.ToPlainText(result.Blocks), StringComparison.Ordinal);
    }
}
