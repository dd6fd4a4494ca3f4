using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Tests.Briefs;

/// <summary>A published brief's edition reads back as the same brief in every format.</summary>
public sealed class BriefEditionsTests
{
    private static BriefView View()
    {
        var more = new FigureClaim("more than 10 million shells", 10_000_000, double.PositiveInfinity, FigureQualifier.AtLeast,
            [new FigureSighting(new ArticleFigure { Text = "more than 10 million shells", Value = 10_000_000, High = double.PositiveInfinity, Kind = FigureKind.Count, Source = "lawmakers" }, 2, "Kestrel News", new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(9)), "Lawmakers said more than 10 million shells were sent.")]);
        var about = new FigureClaim("about 9.4 million shells", 9_400_000, 9_400_000, FigureQualifier.Approximately,
            [new FigureSighting(new ArticleFigure { Text = "about 9.4 million shells", Value = 9_400_000, Kind = FigureKind.Count }, 1, "Peninsula Wire", null, "About 9.4 million shells were shipped.")]);
        return new BriefView("Daily brief", new DateOnly(2026, 11, 21), "Shells, and a launch.",
            [new BriefQuoteView("We will answer.", "Ri Song-chol", "Vice Foreign Minister") { QuoteId = 7, Outlet = "Harbor Ledger" }],
            [
                new BriefItemView(1, "Shells shipped north", "Peninsula Wire", "Choi Min-ji", new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), "https://wire.example/shells", "Watch the count.",
                    [Block.Heading("What was sent", 2), Block.Paragraph("About 9.4 million shells were shipped."), Block.Bullet("by rail")])
                {
                    ItemId = 3, ArticleId = 1, StoryId = 5, Genre = ArticleGenre.Report, ExcerptMode = ExcerptMode.Summary,
                    Summary = [new CitedSentence("About 9.4 million shells were shipped.", 1, "Peninsula Wire", "Shells shipped north", "https://wire.example/shells")],
                    OriginalOutlet = "Peninsula Wire", AlsoCarriedBy = ["Harbor Post"], AlsoReportedBy = ["Kestrel News"],
                    Figures = [new FigureDisagreement(FigureKind.Count, "shells", "", false, [about, more])],
                },
                new BriefItemView(2, "Seoul should build submarines", "Capital Tribune", null, null, null, null, []) { Genre = ArticleGenre.Opinion, ExcerptMode = ExcerptMode.None },
            ])
        {
            Id = 4, Slug = "2026-11-21", Status = BriefStatus.Published, PublishedAt = new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero), Version = 9,
        };
    }

    [Fact]
    public void Edition_ReadsBackAsTheSameBrief_InEveryFormat()
    {
        var view = View();
        var edition = BriefEditions.Write(view);
        var read = BriefEditions.Read(edition);

        Assert.NotNull(read);
        Assert.Equal(BriefHtmlRenderer.Render(view), BriefHtmlRenderer.Render(read));
        Assert.Equal(BriefTextRenderer.Render(view), BriefTextRenderer.Render(read));
        Assert.Equal(BriefMarkdownRenderer.Render(view), BriefMarkdownRenderer.Render(read));
        Assert.Equal((view.Id, view.Slug, view.Status, view.PublishedAt, view.Version), (read.Id, read.Slug, read.Status, read.PublishedAt, read.Version));
        var item = read.Items[0];
        Assert.Equal((3L, (long?)1, (long?)5, ArticleGenre.Report), (item.ItemId, item.ArticleId, item.StoryId, item.Genre));
        Assert.Equal(double.PositiveInfinity, item.Figures[0].Claims[1].High);
        Assert.Equal("lawmakers", item.Figures[0].Claims[1].Source);
        Assert.Equal(ArticleGenre.Opinion, read.Items[1].Genre);
        Assert.Equal(edition, BriefEditions.Write(read));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    public void Edition_Unreadable_IsNone(string? edition) => Assert.Null(BriefEditions.Read(edition));
}
