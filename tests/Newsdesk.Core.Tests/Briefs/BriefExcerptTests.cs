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
        var sentence = string.Join(' ', Enumerable.Repeat("word", 70)) + ".";
        var excerpt = BriefExcerpt.Of([Block.Paragraph(sentence + " " + sentence)]);
        Assert.Equal(sentence, Assert.Single(excerpt).Text);
    }

    [Fact]
    public void Shorten_WithoutSentenceEnd_CutsAtAWordWithEllipsis() =>
        Assert.Equal("one two three…", BriefExcerpt.Shorten("one two three four five", 3));
}
