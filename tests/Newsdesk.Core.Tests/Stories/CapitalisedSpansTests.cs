using Newsdesk.Core.Stories;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Stories;

public sealed class CapitalisedSpansTests
{
    private static List<string> Find(string text) => CapitalisedSpans.Find(text, Tokenizer.Tokenize(text));

    [Fact]
    public void Find_NamesPlacesAndOrganisations()
    {
        var spans = Find("Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday, the Bank of Korea said.");
        Assert.Contains("Lindsay Lohan", spans);
        Assert.Contains("Betty Ford Center", spans);
        Assert.Contains("Rancho Mirage", spans);
        Assert.Contains("Bank of Korea", spans);
        Assert.DoesNotContain(spans, s => s.Contains("Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_SentenceInitialOrdinaryWord_IsNotAName()
    {
        var spans = Find("Authorities said the road was closed. The authorities blamed the rain. Seoul agreed.");
        Assert.DoesNotContain("Authorities", spans);
        Assert.DoesNotContain("The", spans);
        Assert.Contains("Seoul", spans);
    }

    [Theory]
    [InlineData("Lindsay Lohan Checks Into Betty Ford Treatment Center", true)]
    [InlineData("Lindsay Lohan checks into rehab at Betty Ford", false)]
    public void IsTitleCase_TellsHeadlineStyle(string title, bool expected) =>
        Assert.Equal(expected, CapitalisedSpans.IsTitleCase(title, Tokenizer.Tokenize(title)));
}
