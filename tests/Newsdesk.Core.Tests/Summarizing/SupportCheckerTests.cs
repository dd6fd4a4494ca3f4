using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Tests.Summarizing;

public sealed class SupportCheckerTests
{
    private static readonly SupportChecker Checker = new(
    [
        new SummarySource("North Korea fired two short-range ballistic missiles into the sea on Tuesday, the Joint Chiefs of Staff said. "
            + "The missiles flew about 350 kilometres. Seoul said it had increased surveillance.\n\nThe launch followed a week of drills involving 12,000 troops."),
        new SummarySource("Japan's defence ministry said the missiles landed outside its exclusive economic zone. Tokyo lodged a protest through Beijing."),
    ]);

    [Theory]
    [InlineData("North Korea launched two ballistic missiles into the sea on Tuesday.")]
    [InlineData("The missiles flew about 350 km, and Seoul increased surveillance.")]
    [InlineData("The launch came after drills with 12 thousand troops.")]
    [InlineData("Japan said the missiles landed outside its economic zone.")]
    public void Check_FaithfulRewrite_IsSupported(string sentence)
    {
        var verdict = Checker.Check(sentence);
        Assert.True(verdict.Supported, string.Join("; ", verdict.Problems));
        Assert.NotEmpty(verdict.Evidence);
    }

    [Theory]
    [InlineData("North Korea fired three ballistic missiles into the sea on Tuesday.", "number three is not in the sources")]
    [InlineData("The missiles flew about 800 kilometres.", "number 800 is not in the sources")]
    [InlineData("The missiles flew about 12,000 kilometres.", "number 12,000 is in the sources but not in the sentences this one restates")]
    [InlineData("North Korea fired two missiles toward Busan on Tuesday.", "name Busan is not in the sources it restates")]
    [InlineData("Officials expect sanctions to follow quickly at the Security Council.", "only 14% of its content words are in the sources")]
    public void Check_InventedNumberNameOrClaim_IsFlaggedWithTheReason(string sentence, string problem)
    {
        var verdict = Checker.Check(sentence);
        Assert.False(verdict.Supported);
        Assert.Contains(problem, verdict.Problems);
    }

    [Fact]
    public void Check_Evidence_PointsAtTheSourceSentenceSpans()
    {
        var verdict = Checker.Check("Tokyo protested through Beijing.");
        var best = verdict.Evidence[0];
        Assert.Equal(1, best.Document);
        Assert.Equal(1, best.SentenceIndex);
        Assert.Equal("Tokyo lodged a protest through Beijing.", best.Text);
    }
}
