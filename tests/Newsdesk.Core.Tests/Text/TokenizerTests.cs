using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("North Korea's leader", new[] { "north", "korea", "leader" })]
    [InlineData("Kim Jong-un met Lavrov.", new[] { "kim", "jong", "un", "met", "lavrov" })]
    [InlineData("12,000 troops and 3.5 percent", new[] { "12,000", "troops", "and", "3.5", "percent" })]
    [InlineData("don't stop", new[] { "don't", "stop" })]
    [InlineData("Korea’s “pivot”", new[] { "korea", "pivot" })]
    public void Words_SplitsNewsText(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Words(text));

    [Fact]
    public void Terms_DropsStopwordsAndStems() =>
        Assert.Equal(["troop", "deploi", "border"], Tokenizer.Terms("The troops were deployed to the border"));

    [Fact]
    public void Tokenize_SpansPointIntoTheText()
    {
        const string text = "Seoul's envoy, Park, said: 12,000.";
        foreach (var t in Tokenizer.Tokenize(text))
        {
            Assert.Equal(t.Value, text.Substring(t.Start, t.Length).ToLowerInvariant());
        }
    }
}
