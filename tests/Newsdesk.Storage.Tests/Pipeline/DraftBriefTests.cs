using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

public sealed class DraftBriefTests
{
    private static readonly DateOnly Day = new(2026, 11, 21);

    private static async Task SeedAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var retrieved = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        Article Make(string title, DateTimeOffset? published, string origin, string? commentary = null) => new()
        {
            Title = title, PublishedAt = published, RetrievedAt = retrieved, Origin = origin, Commentary = commentary,
            Blocks = [Block.Paragraph(title + " text.")], Text = title + " text.", ContentHash = title,
        };
        context.Articles.AddRange(
            Make("Morning launch", new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero), "file:/d/digest.txt#1", "Note the timing."),
            Make("Evening protest", new DateTimeOffset(2026, 11, 21, 20, 0, 0, TimeSpan.Zero), "file:/d/tokyo.txt"),
            Make("Yesterday's drills", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), "file:/d/drills.txt"));
        context.Quotes.AddRange(
            new Quote { Kind = QuoteKind.Curated, Text = "Dialogue is a tool.", Speaker = "Park Mi-rae", TextHash = "q1", Origin = "file:/d/digest.txt#quotes", CreatedAt = retrieved },
            new Quote { Kind = QuoteKind.Curated, Text = "From another digest.", Speaker = "Someone", TextHash = "q2", Origin = "file:/d/other.txt#quotes", CreatedAt = retrieved });
        await context.SaveChangesAsync();
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_TheDaysArticles_MostRecentFirst_WithCommentaryAndTheDigestsQuotes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db);
        await using var services = PipelineServices.Build(db, new ManualClock());
        await using var scope = services.CreateAsyncScope();
        var draft = scope.ServiceProvider.GetRequiredService<DraftBrief>();

        Assert.Equal(Day, await draft.LatestDayAsync(default));
        var result = await draft.DraftAsync(Day, default);

        Assert.False(result.Redrafted);
        await using var context = db.CreateContext();
        var view = (await context.LoadBriefViewAsync(result.Brief!.Id, default))!;
        Assert.Equal(["Evening protest", "Morning launch"], view.Items.Select(i => i.Headline));
        Assert.Equal([1, 2], view.Items.Select(i => i.Number));
        Assert.Equal("Note the timing.", view.Items[1].Commentary);
        Assert.Equal("Dialogue is a tool.", Assert.Single(view.Quotes).Text);
        var brief = await context.Briefs.SingleAsync();
        Assert.Equal((BriefStatus.Draft, "2026-11-21", 1), (brief.Status, brief.Slug, brief.Version));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_Again_ReplacesTheDraft_PublishedIsLeftAlone(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db);
        await using var services = PipelineServices.Build(db, new ManualClock());
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(Day, default);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(Day, default);
            Assert.True(again.Redrafted);
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(1, await context.Briefs.CountAsync());
            Assert.Equal(2, await context.BriefItems.CountAsync());
            Assert.Equal(1, await context.BriefQuotes.CountAsync());
            var brief = await context.Briefs.SingleAsync();
            brief.Status = BriefStatus.Published;
            await context.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(Day, default);
            Assert.Null(refused.Brief);
            Assert.Equal("the brief for 2026-11-21 is already published", refused.Problem);
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_OneItemPerStory_ToldByItsFirstReport_WithTheCuratorsNote(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = db.CreateContext())
        {
            var at = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
            var launch = new Story { Headline = "Launch", FirstSeenAt = at, UpdatedAt = at };
            var talks = new Story { Headline = "Talks", FirstSeenAt = at, UpdatedAt = at };
            Article Make(string title, int hour, Story story, string? commentary = null) => new()
            {
                Title = title, PublishedAt = at.AddHours(hour), RetrievedAt = at.AddDays(1), Story = story, Commentary = commentary,
                Blocks = [Block.Paragraph(title + " text.")], Text = title + " text.", ContentHash = title,
            };
            context.Articles.AddRange(
                Make("Missiles fired", 2, launch), Make("Tokyo protests launch", 9, launch), Make("Beijing urges calm", 12, launch, "Fast response."),
                Make("Talks offer stands", 5, talks), Make("Talks: opposition reacts", 7, talks));
            await context.SaveChangesAsync();
        }

        await using var services = PipelineServices.Build(db, new ManualClock());
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(Day, default);

        await using var read = db.CreateContext();
        var view = (await read.LoadBriefViewAsync(result.Brief!.Id, default))!;
        // The story's first report leads; the curator's note on a follow-up stays with its story.
        Assert.Equal(["Missiles fired", "Talks offer stands"], view.Items.Select(i => i.Headline));
        Assert.Equal(["Fast response.", null], view.Items.Select(i => i.Commentary));
    }

    [Fact]
    public async Task Draft_DayWithoutArticles_SaysSo()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        await using var services = PipelineServices.Build(db, new ManualClock());
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(new DateOnly(2026, 1, 1), default);
        Assert.Equal("no stored articles are dated 2026-01-01", result.Problem);
    }
}
