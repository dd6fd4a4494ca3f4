using Newsdesk.Core.Entities;
using Newsdesk.Core.Figures;

namespace Newsdesk.Core.Tests.Figures;

/// <summary>
/// A fictional story told by five outlets, with planted disagreements (troops sent, money received)
/// and planted agreements that must not be reported (a range covering a point, "up to" and "more
/// than" the same number, expected figures vs reported ones, U.S. troops in Korea vs troops sent).
/// </summary>
public sealed class FigureComparerTests
{
    private static readonly EntityExtractor Entities = new(BeatGlossary.LoadDefault());
    private static readonly FigureExtractor Extractor = new();

    private static readonly (string Outlet, string Text)[] Story =
    [
        ("Harbor Ledger", "North Korea has sent 11,000 troops to Russia, Western officials believe. Pyongyang may send between 25,000 and 30,000 soldiers in the coming months. Some 28,500 U.S. troops remain in South Korea."),
        ("Eastern Wire", "North Korea has provided around 13,000 troops to Russia since October, according to Seoul's spy agency. It has also shipped more than 12 million rounds of 152 mm shells to Russia."),
        ("Capital Times", "Up to 15,000 North Korean troops have been deployed to Russia. The North received between $9.6 billion and $12.3 billion from Russia, according to a Washington think tank."),
        ("Valley Post", "North Korea has shipped up to 12 million rounds of ammunition to Russia. Pyongyang is preparing to deploy 30,000 soldiers to Russia."),
        ("Coastal Herald", "Russia paid North Korea $20 billion for the shells, a lawmaker in Seoul said. About 12,000 troops fought in Kursk, Russia."),
    ];

    private static List<FigureSighting> Sightings() => Sightings(Story);

    /// <summary>The figures of each article, the i-th published at 2026-11-20 i:00 UTC.</summary>
    private static List<FigureSighting> Sightings((string Outlet, string Text)[] story) =>
        story.SelectMany((article, i) => Extractor.Extract(article.Text, Entities.Extract(article.Text))
            .Select(f => new FigureSighting(ArticleFigure.From(f), i + 1, article.Outlet, new DateTimeOffset(2026, 11, 20, i, 0, 0, TimeSpan.Zero),
                article.Text.Substring(f.SentenceStart, f.SentenceLength))))
            .ToList();

    [Fact]
    public void FindDisagreements_PlantedDisagreements_AreFoundAndNoneInvented()
    {
        var found = FigureComparer.FindDisagreements(Sightings());

        Assert.Equal(2, found.Count);
        var troops = Assert.Single(found, d => d.Thing == "troops");
        Assert.False(troops.Expected);
        Assert.Equal(["11,000 troops", "About 12,000 troops", "around 13,000 troops", "Up to 15,000 North Korean troops"], troops.Claims.Select(c => c.Text));
        Assert.Equal(["Harbor Ledger"], troops.Claims[0].Outlets);
        Assert.StartsWith("North Korea has sent 11,000 troops", troops.Claims[0].Sightings[0].Sentence, StringComparison.Ordinal);
        Assert.Equal("Western officials", troops.Claims[0].Sightings[0].Figure.Source);

        var money = Assert.Single(found, d => d.Kind == FigureKind.Money);
        Assert.Equal(["between $9.6 billion and $12.3 billion", "$20 billion"], money.Claims.Select(c => c.Text));
    }

    [Fact]
    public void FindDisagreements_HowOftenCounts_AreNotCompared()
    {
        (string Outlet, string Text)[] story =
        [
            ("Harbor Ledger", "Artillery struck the border village three times on Sunday."),
            ("Kestrel News", "The envoy has visited the border village twice and met officials five times this year."),
        ];
        var sightings = Sightings(story);

        Assert.Contains(sightings, s => s.Figure.Text == "three times");
        Assert.Contains(sightings, s => s.Figure.Text == "five times");
        Assert.Empty(FigureComparer.FindDisagreements(sightings));
    }

    [Fact]
    public void FindDisagreements_OneArticleAlone_NeverDisagrees() =>
        Assert.Empty(FigureComparer.FindDisagreements(Sightings().Where(s => s.ArticleId == 1)));

    [Theory]
    [InlineData(FigureQualifier.Exact, 11000, null, 11000, 11000)]
    [InlineData(FigureQualifier.Approximately, 13000, null, 12350, 13650)]
    [InlineData(FigureQualifier.UpTo, 15000, null, 14250, 15000)]
    [InlineData(FigureQualifier.AtLeast, 12e6, null, 12e6, 18e6)]
    [InlineData(FigureQualifier.Range, 25000, 30000.0, 25000, 30000)]
    public void Interval_ReadsTheHedge(FigureQualifier qualifier, double value, double? high, double low, double top)
    {
        var (l, h) = FigureComparer.Interval(new ArticleFigure { Qualifier = qualifier, Value = value, High = high });
        Assert.Equal(low, l, 6);
        Assert.Equal(top, h, 6);
    }

    [Fact]
    public void Tally_StatesEachFigureOnce_WithItsOutlets_TheMostCarriedFirst_AndNoDates()
    {
        (string Outlet, string Text)[] story =
        [
            ("Harbor Ledger", "North Korea has shipped about 9.4 million artillery shells to Russia since Nov. 18 last year, according to the Defense Intelligence Command."),
            ("Northline Daily", "The North has shipped about 9.4 million artillery shells to Russia, according to the Defense Intelligence Command. It also sent 11,000 troops."),
            ("Kestrel News", "More than 10 million artillery shells have gone to Russia, a lawmaker said."),
            ("Harbor Ledger", "Pyongyang has shipped about 9.4 million artillery shells in 24,000 containers."),
        ];
        var sightings = Sightings(story);

        var tally = FigureComparer.Tally(sightings);

        Assert.Equal("about 9.4 million artillery shells", tally[0].Text);
        Assert.Equal(["Harbor Ledger", "Northline Daily"], tally[0].Outlets);
        Assert.Equal(3, tally[0].Sightings.Count);
        Assert.Equal("the Defense Intelligence Command", tally[0].Source);
        Assert.Equal(1, tally.Count(c => c.Text.Contains("9.4 million", StringComparison.Ordinal)));
        Assert.Contains(tally, c => c.Text == "More than 10 million artillery shells" && c.Outlets.SequenceEqual(["Kestrel News"]) && c.Source is null);
        Assert.Contains(tally, c => c.Text == "11,000 troops");
        Assert.DoesNotContain(tally, c => c.Sightings.Any(s => s.Figure.Kind == FigureKind.Date));
        Assert.Contains(sightings, s => s.Figure.Kind == FigureKind.Date);
    }
}
