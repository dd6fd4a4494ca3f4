using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;

namespace Newsdesk.Core.Tests.Briefs;

public sealed class BriefExcerptTests
{
    [Fact]
    public void Of_TakesTheFirstTwoProseParagraphs_SkippingHeadingsAndCaptions()
    {
        var excerpt = BriefExcerpt.Of([Block.Heading("Standfirst"), Block.Caption("A photo. (Yonhap)"), Block.Paragraph("One."), Block.Paragraph("Two."), Block.Paragraph("Three.")]);
        Assert.Equal(["One.", "Two."], excerpt.Select(b => b.Text));
    }

    [Fact]
    public void Of_StopsBeforeTheWordBudget()
    {
        var long1 = string.Join(' ', Enumerable.Repeat("word", 100)) + ".";
        var excerpt = BriefExcerpt.Of([Block.Paragraph(long1), Block.Paragraph(string.Join(' ', Enumerable.Repeat("more", 40)) + ".")]);
        Assert.Single(excerpt);
    }

    [Fact]
    public void Of_OneHugeParagraph_IsShortenedAtASentence()
    {
        var sentence = "Word " + string.Join(' ', Enumerable.Repeat("word", 69)) + ".";
        var excerpt = BriefExcerpt.Of([Block.Paragraph(sentence + " " + sentence)]);
        Assert.Equal(sentence, Assert.Single(excerpt).Text);
    }

    [Fact]
    public void For_Summary_IsTheLeadsFirstTwoSentences_AcrossParagraphs()
    {
        Block[] blocks = [Block.Heading("Standfirst."), Block.Paragraph("Gen. Kim arrived in the U.S. on Monday. Talks began."), Block.Paragraph("A third sentence. A fourth.")];
        Assert.Equal("Gen. Kim arrived in the U.S. on Monday. Talks began.", Assert.Single(BriefExcerpt.For(blocks, ExcerptMode.Summary)).Text);
        Assert.Equal("One. A third sentence.", Assert.Single(BriefExcerpt.For([Block.Paragraph("One."), Block.Paragraph("A third sentence. A fourth.")], ExcerptMode.Summary)).Text);
    }

    [Fact]
    public void For_PicksByMode()
    {
        Block[] blocks = [Block.Paragraph("One. Two. Three."), Block.Paragraph("Four.")];
        Assert.Empty(BriefExcerpt.For(blocks, ExcerptMode.None));
        Assert.Equal(["One. Two. Three.", "Four."], BriefExcerpt.For(blocks, ExcerptMode.Excerpt).Select(b => b.Text));
        Assert.Empty(BriefExcerpt.For([Block.Heading("Only a heading")], ExcerptMode.Summary));
    }

    [Fact]
    public void Shorten_WithoutSentenceEnd_CutsAtAWordWithEllipsis() =>
        Assert.Equal("one two three…", BriefExcerpt.Shorten("one two three four five", 3));

    [Fact]
    public void Shorten_CutsAtASentenceEnd_NotAtTheDecimalPointOfAFigure()
    {
        const string first = "A new estimate by a research institute in Seoul puts the North's earnings from arms sent to Russia far higher than before.";
        const string second = "It says the sum lies between $7.2 billion and $9.8 billion, close to a third of the economy.";

        // The budget ends inside the second sentence, after both figures' decimal points.
        Assert.Equal(first, BriefExcerpt.Shorten(first + " " + second, 32));
    }
}
