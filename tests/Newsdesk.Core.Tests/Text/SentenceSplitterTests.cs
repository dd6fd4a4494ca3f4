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
        { "", new string[0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_FindsNewsSentenceBoundaries(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.SplitTexts(text));

    [Fact]
    public void Split_SpansPointAtTheExactCharacters()
    {
        const string text = "  First one.   Second one?\n\nThird.";
        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
        }
    }
}
