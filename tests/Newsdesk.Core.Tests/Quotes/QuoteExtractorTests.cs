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
    [InlineData("\"We will not be the first to fire,\" one official said.", "one official", null)]
    [InlineData("\"We will not be the first to fire,\" wrote one man from his office account.", "one man", null)]
    // Initials and honorifics keep their periods inside a name.
    [InlineData("\"We will wait for their answer before we move,\" Dana R. Whitlock, the envoy to Geneva, said on Friday.", "Dana R. Whitlock", "the envoy to Geneva")]
    [InlineData("\"We will wait for their answer before we move,\" said T. Marcus Hale, who led the talks.", "T. Marcus Hale", null)]
    // A relative clause or a long description after the name is narration, not a role to print after it.
    [InlineData("\"We will wait for their answer before we move,\" said Ivo Brandt, who sat between the two envoys at the news conference on Friday.", "Ivo Brandt", null)]
    [InlineData("\"We will wait for their answer before we move,\" said Ivo Brandt, a retired admiral who led the fleet through three crises in the 1990s.", "Ivo Brandt", null)]
    [InlineData("\"We will wait for their answer before we move,\" Mr. Hale told reporters.", "Hale", null)]
    // A lower-case description before a person's name is the role.
    [InlineData("Asked about the talks, port authority spokesman Ivo Brandt said: \"We will wait for their answer before we move.\"", "Ivo Brandt", "port authority spokesman")]
    [InlineData("\"We will wait for their answer before we move,\" columnist Ivo Brandt wrote.", "Ivo Brandt", "columnist")]
    [InlineData("Asked about the talks, ministry spokeswoman Oyelaran Tobe said: \"We will wait for their answer before we move.\"", "Oyelaran Tobe", "ministry spokeswoman")]
    // A name before its appositive is the speaker, not a person named in the appositive.
    [InlineData("\"We will wait for their answer before we move,\" Torvald K. Amsel, President Dana Whitlock's envoy to Geneva, said.", "Torvald K. Amsel", "President Dana Whitlock's envoy to Geneva")]
    [InlineData("\"We will wait for their answer before we move,\" Norway's Ambassador to the United Nations, Ingrid Solvang, told reporters.", "Ingrid Solvang", "Norway's Ambassador to the United Nations")]
    // The nearest verb of saying before the quote, not a noun like "reports" further back.
    [InlineData("Asked about the reports, however, navy spokesman Ivo Brandt said: \"We will wait for their answer before we move.\"", "Ivo Brandt", "navy spokesman")]
    [InlineData("\"We will wait for their answer before we move,\" club general manager A.J. Brandt said.", "A.J. Brandt", "club general manager")]
    [InlineData("Ivo Brandt said he believed the delay was \"a sign that the two sides are far apart.\"", "Ivo Brandt", null)]
    [InlineData("\"We will wait for their answer before we move,\" Harbor Club general manager A.J. Brandt said.", "A.J. Brandt", "Harbor Club general manager")]
    [InlineData("The paper said Dana Whitlock sent a letter in which she said the delay was \"a sign that the two sides are far apart.\"", "Dana Whitlock", null)]
    // A colon closing the paragraph above introduces a quote that opens the next one.
    [InlineData("Marcus Hale hasn't confirmed what Version 2.50 adds, but said more was coming: \"We will wait for their answer before we move.\"", "Marcus Hale", null)]
    [InlineData("The Harbor Ledger says that the 2.6-terabyte archive includes:\n\n\"We will wait for their answer before we move.\"", "Harbor Ledger", null)]
    [InlineData("On Monday, the harbor authority said in a statement:\n\n\"We will wait for their answer before we move.\"", "the harbor authority", null)]
    [InlineData("Ivo Brandt, the port's director, told reporters:\n\"We will wait for their answer before we move.\"", "Ivo Brandt", "the port's director")]
    // "It" after a body that spoke: the body.
    [InlineData("The Defense Ministry said the drills would go ahead. It said in a statement that the troops were \"ready for every kind of provocation they might face.\"", "Ministry of National Defense", null)]
    // Reported speech through an agency.
    [InlineData("\"We will wait for their answer before we move,\" navy spokesman Ivo Brandt was quoted by a state news agency as saying.", "Ivo Brandt", "navy spokesman")]
    [InlineData("\"We will wait for their answer before we move,\" Ivo Brandt was quoted as saying.", "Ivo Brandt", null)]
    // A short quoted phrase earlier in the same sentence does not hide its speaker.
    [InlineData("Ivo Brandt said the plan was \"dead on arrival\" and went against \"every promise the two sides made in March.\"", "Ivo Brandt", null)]
    // A body speaking through a statement is named as the text describes it.
    [InlineData("\"Passengers in work uniforms are always welcome on board,\" the airline said.", "the airline", null)]
    [InlineData("The aquarium said in a statement that the diver \"was never in danger during the whole dive.\"", "The aquarium", null)]
    public void Extract_SpeakerPatterns_Attribute(string text, string speaker, string? role)
    {
        var quote = Assert.Single(Extractor.Extract(text));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
        Assert.True(QuoteText.IsVerbatimIn(quote.Text, text));
    }

    [Fact]
    public void Extract_Pronoun_SkipsCapitalisedWordsThatAreNotAName()
    {
        const string text = "LAST SPRING, a retired ferry captain, Tomas Lindqvist, told a reporter that he had no savings. \"I have a boat, a dog and a pension,\" he said.";
        Assert.Equal("Tomas Lindqvist", Assert.Single(Extractor.Extract(text)).Speaker);
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
    [InlineData("\"We will wait for their answer before we move,\" the statement said.")]
    [InlineData("\"We will wait for their answer before we move,\" read one sign at the gate.")]
    [InlineData("He told her, \"We will wait for their answer before we move,\" the newspaper reported.")]
    [InlineData("The letter ended with a list of demands:\n\n\"We will wait for their answer before we move.\"")]
    [InlineData("The report was published on Monday. It said that officials \"will wait for their answer before they move.\"")]
    [InlineData("Ivo Brandt, director of Harbor Radio Broadcasting said the plan was \"a sign that the two sides are far apart.\"")]
    public void Extract_NoNameableSpeaker_LeavesSpeakerEmpty(string text) => Assert.Null(Assert.Single(Extractor.Extract(text)).Speaker);

    [Fact]
    public void Extract_TextsMadeOfAttributionPieces_NeverThrowAndStayVerbatim()
    {
        // Pieces that trip the attribution rules at text edges: initials, colons closing paragraphs, pronouns, shouted words.
        string[] pieces =
        [
            "\"", "“", "”", " said ", " he ", " She ", " It said", ", ", ". ", ":", ":\n\n", "\n", "A.", "J. ", "Mr. ", "Dana Whitlock",
            " the ministry", " one official", " was quoted as saying", " who led the talks", "TWO YEARS", " we will wait for their answer",
            " before we move", "-", " in which she said ", " according to ", "Ivo Brandt", " spokesman ", " the airline", "", " ",
        ];
        var random = new Random(20261123);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var quotes = Extractor.Extract(text);
            Assert.All(quotes, q => Assert.True(QuoteText.IsVerbatimIn(q.Text, text), text));
        }
    }

    [Fact]
    public void IsVerbatimIn_ChangedWord_IsFalse()
    {
        Assert.True(QuoteText.IsVerbatimIn("we will wait", "Then we will wait."));
        Assert.False(QuoteText.IsVerbatimIn("we shall wait", "Then we will wait."));
        Assert.Equal(QuoteText.Hash("We’ll wait,  then"), QuoteText.Hash("we'll wait then"));
    }
}
