using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Ranking;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Ranking;

public sealed class RelevanceScorerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static long _ids;

    private static Article Article(string outlet, string title, string text, double hoursAgo, long? copyOf = null) => new()
    {
        Id = Interlocked.Increment(ref _ids),
        Outlet = outlet,
        Title = title,
        Text = text,
        PublishedAt = Now.AddHours(-hoursAgo),
        CopyOfId = copyOf,
    };

    private static RelevanceScorer Scorer() => new(BeatLoader.Default(), new ManualClock(Now));

    [Fact]
    public void ScoreStory_FourOutletsAndACopy_ExplainsMatchesOutletsCopiesAndAge()
    {
        var first = Article("Harbor Ledger", "Kim Yo Jong warns over loudspeakers", "Kim Yo Jong said the loudspeakers must stop.", 2);
        Article[] story =
        [
            first,
            Article("Valley Courier", "Seoul resumes loudspeakers", "The loudspeakers were switched on again.", 1.5),
            Article("Coast Times", "Sister of leader issues warning", "Kim Yo-jong issued a statement about the loudspeakers.", 1.2),
            Article("Plains Post", "Loudspeakers back on", "Loudspeakers were turned on.", 1.1),
            Article("Copy Mill", "Kim Yo Jong warns over loudspeakers", first.Text, 1, copyOf: first.Id),
        ];

        var relevance = Scorer().ScoreStory(story);

        Assert.Equal("matched: Kim Yo Jong, loudspeakers, South Korea; 4 outlets; 1 copy collapsed; first seen 2 h ago", relevance.Reasons);
        Assert.Equal(4, relevance.Outlets);
        Assert.Equal(1, relevance.Copies);
        Assert.True(relevance.Score > Scorer().ScoreStory([first]).Score);
    }

    [Fact]
    public void ScoreArticle_NoBeatTerm_ScoresZeroWhateverItsAge()
    {
        var relevance = Scorer().ScoreArticle(Article("NK News", "Bakery wins prize", "The bakery's bread was judged the best in town.", 0));

        Assert.Equal(0, relevance.Score);
        Assert.False(relevance.OnBeat);
        Assert.StartsWith("no beat keyword or entity; 1 outlet; from NK News", relevance.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreArticle_HeadlineMatch_OutranksTheSameMatchInTheBody()
    {
        var inTitle = Scorer().ScoreArticle(Article("A", "Missile launch reported", "Officials gave no details.", 3));
        var inBody = Scorer().ScoreArticle(Article("A", "Launch reported", "Officials said it was a missile.", 3));

        Assert.True(inTitle.Score > inBody.Score);
        Assert.True(inTitle.Matches.Single().InTitle);
    }

    [Fact]
    public void ScoreArticle_Older_ScoresLessAndSaysWhen()
    {
        var fresh = Scorer().ScoreArticle(Article("A", "Drones over the border", "Drones crossed the border.", 0.5));
        var stale = Scorer().ScoreArticle(Article("A", "Drones over the border", "Drones crossed the border.", 30));

        Assert.True(fresh.Score > stale.Score);
        Assert.EndsWith("first seen 30 min ago", fresh.Reasons, StringComparison.Ordinal);
        Assert.EndsWith("first seen 30 h ago", stale.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreArticle_OffBeatKeyword_PushesItBelowZero()
    {
        var relevance = Scorer().ScoreArticle(Article("A", "North Korea lose World Cup qualifier", "The football team lost 2-0 in the World Cup qualifier.", 1));

        Assert.True(relevance.Score < 0, relevance.Reasons);
        Assert.Contains("World Cup (off-beat)", relevance.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreArticle_BeatSourceByHost_IsNamed()
    {
        var article = Article("", "Missile test", "A missile was fired.", 1);
        article.Outlet = null;
        article.Url = "https://www.nknews.org/2026/11/missile";

        Assert.Contains("from nknews.org", Scorer().ScoreArticle(article).Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreArticle_GlossarySpellingTheBeatDoesNotList_MatchesThroughTheEntityExtractor()
    {
        var article = Article("A", "Statement issued", "Kim Yojong issued a statement on Sunday.", 1);
        var withGlossary = new RelevanceScorer(BeatLoader.Default(), new ManualClock(Now), new EntityExtractor(BeatGlossary.LoadDefault()));

        Assert.False(Scorer().ScoreArticle(article).OnBeat, Scorer().ScoreArticle(article).Reasons);
        var match = Assert.Single(withGlossary.ScoreArticle(article).Matches);
        Assert.Equal("Kim Yo Jong", match.Name);
        Assert.Equal(BeatTermKind.Entity, match.Kind);
    }

    [Fact]
    public void ScoreArticle_SurfaceAndGlossaryFindTheSameMention_CountItOnce()
    {
        var article = Article("A", "Statement issued", "Kim Yo Jong issued a statement. Kim Yo Jong left.", 1);
        var withGlossary = new RelevanceScorer(BeatLoader.Default(), new ManualClock(Now), new EntityExtractor(BeatGlossary.LoadDefault()));

        Assert.Equal(2, withGlossary.ScoreArticle(article).Matches.Single(m => m.Name == "Kim Yo Jong").Mentions);
    }

    [Theory]
    [InlineData(0.2, "just now")]
    [InlineData(35, "35 min ago")]
    [InlineData(60 * 47, "47 h ago")]
    [InlineData(60 * 24 * 3, "3 d ago")]
    public void Ago_ReadsLikeANewsroom(double minutes, string expected) =>
        Assert.Equal(expected, RelevanceScorer.Ago(TimeSpan.FromMinutes(minutes)));
}
