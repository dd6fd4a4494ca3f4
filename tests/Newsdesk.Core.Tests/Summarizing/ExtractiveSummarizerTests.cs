using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Tests.Summarizing;

public sealed class ExtractiveSummarizerTests
{
    private const string Loudspeakers =
        "SEOUL, Nov. 22 (Harbor Wire) -- South Korea's military switched its border loudspeakers back on Friday after North Korea sent more trash balloons across the border. "
        + "The Joint Chiefs of Staff said about 200 balloons carrying paper and plastic waste were spotted overnight. "
        + "Loudspeaker broadcasts of news and K-pop had been halted in June to ease tension. "
        + "\"We will respond to every provocation,\" a ministry official said. "
        + "What comes next? "
        + "Kim Yo Jong, the sister of leader Kim Jong Un, warned on state media that the North would answer the broadcasts with a new response of its own that she did not describe in any detail at all. "
        + "Analysts in Seoul said the exchange showed how quickly small moves could escalate along the heavily armed frontier.";

    private const string SameEventOtherOutlet =
        "Seoul resumed loudspeaker broadcasts along the border on Friday after Pyongyang launched another wave of trash balloons.\n\n"
        + "South Korea's military switched its border loudspeakers back on Friday after North Korea sent more trash balloons across the border.\n\n"
        + "The Joint Chiefs of Staff counted roughly 200 balloons, some of which landed in Seoul.";

    [Fact]
    public void Summarize_OneArticle_EverySentenceIsItsExactSourceSpan()
    {
        var summary = ExtractiveSummarizer.Summarize(Loudspeakers, SummaryLength.Sentences(3));

        Assert.Equal(3, summary.Count);
        foreach (var s in summary)
        {
            Assert.Equal(0, s.Document);
            Assert.Equal(s.Text, Loudspeakers.Substring(s.Start, s.Length));
        }

        Assert.Equal(summary.OrderBy(s => s.Start), summary);
    }

    [Fact]
    public void Summarize_LeadWithDateline_StartsAfterTheDateline()
    {
        var first = ExtractiveSummarizer.Summarize(Loudspeakers, SummaryLength.Sentences(1)).Single();

        Assert.StartsWith("South Korea's military switched", first.Text, StringComparison.Ordinal);
        Assert.Equal(0, first.SentenceIndex);
        Assert.Equal(Loudspeakers.IndexOf("South Korea", StringComparison.Ordinal), first.Start);
    }

    [Fact]
    public void Summarize_Article_LeavesOutQuotesQuestionsAndOverlongSentences()
    {
        var summary = ExtractiveSummarizer.Summarize(Loudspeakers, SummaryLength.Sentences(4));

        Assert.DoesNotContain(summary, s => s.Text.StartsWith('"'));
        Assert.DoesNotContain(summary, s => s.Text.EndsWith('?'));
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("Kim Yo Jong", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_Words_AddsSentencesUntilTheCountIsReached()
    {
        var summary = ExtractiveSummarizer.Summarize(Loudspeakers, SummaryLength.Words(30));

        var words = summary.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(words >= 30, $"{words} words");
        Assert.True(words - summary[^1].Text.Split(' ').Length < 30, "one sentence too many");
    }

    [Fact]
    public void Summarize_Story_SaysTheSharedLeadOnceAndCitesEachDocument()
    {
        var sources = new[] { new SummarySource(Loudspeakers), new SummarySource(SameEventOtherOutlet, "Seoul turns loudspeakers back on") };

        var summary = ExtractiveSummarizer.Summarize(sources, SummaryLength.Sentences(3));

        Assert.Single(summary, s => s.Text.StartsWith("South Korea's military switched", StringComparison.Ordinal));
        foreach (var s in summary)
        {
            Assert.Equal(s.Text, sources[s.Document].Text.Substring(s.Start, s.Length));
        }
    }

    [Fact]
    public void Summarize_SameFactFromTwoOutlets_LeadsWithTheEarlierSource()
    {
        // The later outlet tells the same launch with its own figure and a headline that fits its lead better.
        const string Wire = "Harbor defence officials said two cruise missiles were fired toward the strait on Sunday morning from a coastal site.\n\n"
            + "The ministry said both missiles fell into open water and no ships were hit.\n\n"
            + "Fishing crews were told to stay in port until the evening.";
        const string Later = "Four cruise missiles were fired toward the strait on Sunday morning from a coastal site, a foreign navy said.\n\n"
            + "The navy said the missiles flew lower than in earlier tests.\n\n"
            + "Shipping insurers raised their rates for the route after the launch.";
        var sources = new[] { new SummarySource(Wire, "Missiles fired toward the strait"), new SummarySource(Later, "Four cruise missiles fired toward the strait") };

        var summary = ExtractiveSummarizer.Summarize(sources, SummaryLength.Sentences(2));

        Assert.Equal(0, summary[0].Document);
        Assert.StartsWith("Harbor defence officials said two", summary[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary, s => s.Text.StartsWith("Four cruise missiles", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_HeadingAndDateLines_AreNeverSentencesOfTheSummary()
    {
        const string text = "Drills resume near the border\nFriday, November 21, 2026\nThe allies began a five-day air exercise near the border on Friday. Some 90 aircraft took part.";

        var summary = ExtractiveSummarizer.Summarize(text, SummaryLength.Sentences(5));

        Assert.Equal(["The allies began a five-day air exercise near the border on Friday.", "Some 90 aircraft took part."], summary.Select(s => s.Text));
        Assert.Equal([2, 3], summary.Select(s => s.SentenceIndex));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("Only a heading")]
    public void Summarize_NothingToSummarize_ReturnsNoSentences(string text) =>
        Assert.Empty(ExtractiveSummarizer.Summarize(text, SummaryLength.Default));

    [Fact]
    public void SummaryLength_NotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryLength.Sentences(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryLength.Words(-1));
    }
}
