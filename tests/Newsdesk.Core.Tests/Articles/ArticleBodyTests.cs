using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Tests.Articles;

public sealed class ArticleBodyTests
{
    [Fact]
    public void Serialize_RoundTripsEveryKind()
    {
        IReadOnlyList<Block> blocks =
        [
            Block.Heading("Talks resume", 2),
            Block.Paragraph("Envoys met in Panmunjom."),
            Block.Quote("\"We are ready,\" she said."),
            Block.Bullet("first"),
            Block.Numbered("second"),
            Block.Caption("A guard post."),
            new Block(BlockKind.Paragraph, "See the statement.", 0, [new BlockLink(4, 3, "https://example.org/s")]),
        ];

        var back = ArticleBody.Deserialize(ArticleBody.Serialize(blocks));

        Assert.Equal(blocks.Count, back.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.Equal(blocks[i].Kind, back[i].Kind);
            Assert.Equal(blocks[i].Text, back[i].Text);
            Assert.Equal(blocks[i].Level, back[i].Level);
        }

        Assert.Equal("https://example.org/s", back[6].Links![0].Href);
    }

    [Fact]
    public void ToPlainText_SeparatesBlocksWithBlankLines_AndSkipsCaptions()
    {
        var text = ArticleBody.ToPlainText([Block.Paragraph("One."), Block.Caption("Photo."), Block.Paragraph("Two.")]);
        Assert.Equal("One.\n\nTwo.", text);
    }

    [Theory]
    [InlineData("Seoul said on Monday.", 4)]
    [InlineData("12,000 troops", 3)]
    [InlineData("", 0)]
    public void CountWords_CountsLetterAndDigitRuns(string text, int expected) =>
        Assert.Equal(expected, ArticleBody.CountWords([Block.Paragraph(text)]));
}
