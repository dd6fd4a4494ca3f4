using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "Talks resumed. Envoys met on Monday.", ["Talks resumed.", "Envoys met on Monday."] },
        { "Gen. Park Min-ho said the drills would go on. No date was set.", ["Gen. Park Min-ho said the drills would go on.", "No date was set."] },
        { "\"We will respond,\" she said. \"Firmly.\" Then she left.", ["\"We will respond,\" she said.", "\"Firmly.\"", "Then she left."] },
        { "Output rose 3.5 percent to 1,200 units. Exports fell.", ["Output rose 3.5 percent to 1,200 units.", "Exports fell."] },
        { "The U.S. military said so. The U.N. Command agreed.", ["The U.S. military said so.", "The U.N. Command agreed."] },
        { "Troops arrived in the U.S. The next day talks began.", ["Troops arrived in the U.S.", "The next day talks began."] },
        { "Why now? Nobody knows! Officials declined to comment.", ["Why now?", "Nobody knows!", "Officials declined to comment."] },
        { "Heading line\nA paragraph starts here. It ends here.", ["Heading line", "A paragraph starts here.", "It ends here."] },
        { "Kim J. Park wrote the report. It was long.", ["Kim J. Park wrote the report.", "It was long."] },
        { "He arrived at 9 a.m. on Friday.", ["He arrived at 9 a.m. on Friday."] },
        { "Visit example.com/news.html today. Done.", ["Visit example.com/news.html today.", "Done."] },
        { "Is this the end?\" he asked. Yes.", ["Is this the end?\" he asked.", "Yes."] },
        { "He invented it in the 1980s. He said so.", ["He invented it in the 1980s.", "He said so."] },
        { "For wildlife we are 53rd. For press freedom, 27th.", ["For wildlife we are 53rd.", "For press freedom, 27th."] },
        { "Biden's share was 21 per cent of Biden's. Mrs. Clinton's was 18.", ["Biden's share was 21 per cent of Biden's.", "Mrs. Clinton's was 18."] },
        { "He studied with J.R.R. Tolkien and C.S. Lewis at Oxford.", ["He studied with J.R.R. Tolkien and C.S. Lewis at Oxford."] },
        { "The model was made by L.M. The piece sold.", ["The model was made by L.M.", "The piece sold."] },
        { "", new string[0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_FindsNewsSentenceBoundaries(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.SplitTexts(text));

    [Fact]
    public void Split_HardWrappedText_JoinsLinesButKeepsParagraphs()
    {
        const string text = "WASHINGTON (AP) _ The two Koreas agreed on Tuesday to reopen a military\n"
            + "hotline that had been cut for months, officials in Seoul said.\n"
            + "The agreement came after talks at the border village of\n"
            + "Panmunjom.\n\n"
            + "   Negotiators also discussed family reunions, which\n"
            + "have been suspended since last year.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
        [
            "WASHINGTON (AP) _ The two Koreas agreed on Tuesday to reopen a military\nhotline that had been cut for months, officials in Seoul said.",
            "The agreement came after talks at the border village of\nPanmunjom.",
            "Negotiators also discussed family reunions, which\nhave been suspended since last year.",
        ], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Split_LineList_KeepsOneSentencePerLine()
    {
        const string text = "Seoul turns loudspeakers back on\nNorth fires two missiles\nDrills begin near the border\nUN envoy visits Pyongyang";

        Assert.Equal(4, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Split_SpansPointAtTheExactCharacters()
    {
        const string text = "  First one.   Second one?\n\nThird.";
        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
        }
    }

    [Theory]
    [InlineData(200, "The estimate puts earnings at $7.2 billion. The U.S. Treasury disputes it.")]
    [InlineData(60, "The estimate puts earnings at $7.2 billion.")]
    [InlineData(43, "The estimate puts earnings at $7.2 billion.")]
    [InlineData(42, "")]
    [InlineData(0, "")]
    public void EndWithin_EndsAtAWholeSentence_NeverInsideAFigureOrAbbreviation(int maxLength, string expected)
    {
        const string text = "The estimate puts earnings at $7.2 billion. The U.S. Treasury disputes it.";
        Assert.Equal(expected, text[..SentenceSplitter.EndWithin(text, maxLength)]);
    }
}
