using Newsdesk.Core.Cleaning;

namespace Newsdesk.Core.Tests.Cleaning;

public sealed class JunkContextTests
{
    [Theory]
    [InlineData("## Cost", "Cost")]
    [InlineData("######  Six", "Six")]
    [InlineData("####### Seven", "####### Seven")]
    [InlineData("#hashtag", "#hashtag")]
    [InlineData("> \"A first step,\" he said.", "\"A first step,\" he said.")]
    [InlineData(">quoted", "quoted")]
    [InlineData(">", "")]
    [InlineData("- Two launches", "Two launches")]
    [InlineData("• Bullet", "Bullet")]
    [InlineData("-5 degrees overnight", "-5 degrees overnight")]
    [InlineData("* ", "")]
    [InlineData("Plain text.", "Plain text.")]
    [InlineData("", "")]
    public void Text_BlockMarker_IsStripped(string paragraph, string expected)
    {
        Assert.Equal(expected, new JunkContext([paragraph], []).Text(0));
    }
}
