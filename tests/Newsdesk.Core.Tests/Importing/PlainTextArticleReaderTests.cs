using Newsdesk.Core.Articles;
using Newsdesk.Core.Importing;

namespace Newsdesk.Core.Tests.Importing;

public sealed class PlainTextArticleReaderTests
{
    [Fact]
    public void Read_TitleBylineDateUrlAndDateline_AreRecognised()
    {
        const string text = """
            Envoys agree to reopen the liaison line
            By Hannah Ko
            Harbor Ledger
            Published November 20, 2026 09:30 am KST
            https://ledger.example/2026/11/20/liaison-line

            PANMUNJOM, Nov. 20 (Peninsula Wire) -- Envoys from the two Koreas agreed on Friday to reopen the liaison telephone line.

            The line was cut two years ago.
            """;
        var draft = PlainTextArticleReader.Read(text, "file:/x.txt")!;

        Assert.Equal("Envoys agree to reopen the liaison line", draft.Title);
        Assert.Equal("Hannah Ko", draft.Byline);
        Assert.Equal("Harbor Ledger", draft.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(9)), draft.PublishedAt);
        Assert.Equal("https://ledger.example/2026/11/20/liaison-line", draft.Url);
        Assert.Equal(2, draft.Blocks.Count);
        Assert.StartsWith("PANMUNJOM, Nov. 20", draft.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbor Ledger · by Hannah Ko · November 20, 2026", "Harbor Ledger", "Hannah Ko", 20)]
    [InlineData("Capital Tribune | November 19, 2026", "Capital Tribune", null, 19)]
    [InlineData("ledger.example · by Hannah Ko · November 20, 2026", "ledger.example", "Hannah Ko", 20)]
    public void Read_OneLineOfMastheadBylineAndDate_IsReadWhole(string line, string outlet, string? byline, int day)
    {
        var draft = PlainTextArticleReader.Read($"Envoys agree to reopen the liaison line\n{line}\n\nEnvoys from the two Koreas agreed on Friday to reopen the line.", "file:/x.txt")!;

        Assert.Equal((outlet, byline, day), (draft.Outlet, draft.Byline, draft.PublishedAt?.Day ?? 0));
        Assert.Single(draft.Blocks);
    }

    [Fact]
    public void Read_DatelineNamesTheOutlet_WhenNothingElseDoes()
    {
        var draft = PlainTextArticleReader.Read("Talks resume\n\nSEOUL, Nov. 20 (Peninsula Wire) -- The talks resumed on Friday.", "file:/x.txt")!;
        Assert.Equal("Peninsula Wire", draft.Outlet);
    }

    [Fact]
    public void Read_MarkdownFrontMatterAndBlocks()
    {
        const string text = """
            ---
            title: "Editorial: The phone nobody answers"
            author: Grace Moon
            date: 2026-11-21T08:00:00+09:00
            url: https://tribune.example/opinion/phone
            outlet: The Capital Tribune
            ---

            An offer that is never answered is not a policy.

            ## What to do

            > "We are asking for a telephone line," the minister said.

            - Name a deadline.
            - Say what follows it.
            """;
        var draft = PlainTextArticleReader.Read(text, "file:/x.md")!;

        Assert.Equal("Editorial: The phone nobody answers", draft.Title);
        Assert.Equal("Grace Moon", draft.Byline);
        Assert.Equal("The Capital Tribune", draft.Outlet);
        Assert.Equal("https://tribune.example/opinion/phone", draft.Url);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Quote, BlockKind.BulletItem, BlockKind.BulletItem], draft.Blocks.Select(b => b.Kind));
        Assert.Equal("Name a deadline.", draft.Blocks[3].Text);
    }

    [Fact]
    public void Read_HardWrappedText_IsJoinedIntoParagraphs()
    {
        const string text = """
            Fishermen report jamming near the islands

            Fishermen working near the northwestern islands reported GPS
            jamming on Sunday for the third day in a row, the local
            cooperative said.

            The coast guard advised boats to rely on radar and paper charts.
            """;
        var draft = PlainTextArticleReader.Read(text, "file:/x.txt")!;

        Assert.Equal(2, draft.Blocks.Count);
        Assert.Equal("Fishermen working near the northwestern islands reported GPS jamming on Sunday for the third day in a row, the local cooperative said.", draft.Blocks[0].Text);
    }

    [Fact]
    public void Read_CrossHeadsAndCaptions_BecomeTheirBlocks()
    {
        const string text = "Peace, seventy-five years on\nA GLOBAL RESPONSE\nThe command was founded in 1950 by a resolution of the Security Council.\nSoldiers parade at the ceremony in Seoul on Friday. (Yonhap)\nIt has kept the armistice since.";
        var draft = PlainTextArticleReader.Read(text, "file:/x.txt")!;
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Caption, BlockKind.Paragraph], draft.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain("Soldiers parade", ArticleBody.ToPlainText(draft.Blocks), StringComparison.Ordinal);
    }
}
