using Newsdesk.Core.Entities;
using Newsdesk.Core.Quotes;

namespace Newsdesk.Core.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static readonly QuoteExtractor Extractor = new(new EntityExtractor(BeatGlossary.LoadDefault()));

    [Theory]
    [InlineData("\"We will not be the first to fire,\" said Marcus Hale, the garrison commander.", "Marcus Hale", "the garrison commander")]
    [InlineData("\"We will not be the first to fire,\" Marcus Hale said.", "Marcus Hale", null)]
    [InlineData("“We will not be the first to fire,” Marcus Hale, a retired colonel, said on Monday.", "Marcus Hale", "a retired colonel")]
    [InlineData("Marcus Hale said: \"We will not be the first to fire.\"", "Marcus Hale", null)]
    [InlineData("Russian Foreign Minister Sergey Lavrov told reporters, \"We will not be the first to fire.\"", "Sergei Lavrov", "Russian Foreign Minister")]
    [InlineData("Lavrov: \"We will not be the first to fire.\"", "Sergei Lavrov", null)]
    [InlineData("The strike was planned, according to Kim Yo-jong, who called it \"a lesson they will not forget soon\".", "Kim Yo Jong", null)]
    [InlineData("\"We will not be the first to fire,\" the ministry said in a statement.", "the ministry", null)]
    public void Extract_SpeakerPatterns_Attribute(string text, string speaker, string? role)
    {
        var quote = Assert.Single(Extractor.Extract(text));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
        Assert.True(QuoteText.IsVerbatimIn(quote.Text, text));
    }

    [Fact]
    public void Extract_Pronoun_IsTheNearestNamedPerson()
    {
        const string text = "Analyst Dana Whitlock studied the launch footage.\n\n\"It looked like a solid-fuel motor to me,\" she said.";
        Assert.Equal("Dana Whitlock", Assert.Single(Extractor.Extract(text)).Speaker);
    }

    [Fact]
    public void Extract_MultiParagraphQuote_IsOneQuoteWithVerbatimParts()
    {
        const string text = "Marcus Hale said: \"The first battalion moved at dawn and reached the river by noon.\n\n\"Nobody on the other side fired a single round at us.\"";
        var quote = Assert.Single(Extractor.Extract(text));
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("Marcus Hale", quote.Speaker);
        Assert.All(quote.Parts, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FollowUpQuoteWithoutAttribution_ContinuesTheSpeaker()
    {
        const string text = "\"The talks are over for now,\" Marcus Hale said. \"We will wait for their answer before we move.\"";
        var quotes = Extractor.Extract(text);
        Assert.Equal(["Marcus Hale", "Marcus Hale"], quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("He offered his \"unconditional support\" to the plan.")]
    [InlineData("The theme was \"Honoring the Past, Securing the Future\" this year.")]
    public void Extract_ScareQuotesAndTitles_AreNotQuotations(string text) => Assert.Empty(Extractor.Extract(text));

    [Theory]
    [InlineData("\"We will wait for their answer before we move,\" they said.")]
    [InlineData("\"We will wait for their answer before we move,\" the report said.")]
    public void Extract_NoNameableSpeaker_LeavesSpeakerEmpty(string text) => Assert.Null(Assert.Single(Extractor.Extract(text)).Speaker);

    [Fact]
    public void IsVerbatimIn_ChangedWord_IsFalse()
    {
        Assert.True(QuoteText.IsVerbatimIn("we will wait", "Then we will wait."));
        Assert.False(QuoteText.IsVerbatimIn("we shall wait", "Then we will wait."));
        Assert.Equal(QuoteText.Hash("We’ll wait,  then"), QuoteText.Hash("we'll wait then"));
    }
}
