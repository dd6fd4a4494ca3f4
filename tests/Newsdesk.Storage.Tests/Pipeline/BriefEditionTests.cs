using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

/// <summary>
/// A brief's item tells its story as of the brief's day, and a published brief keeps the edition its
/// readers got while the story grows and while an editor prepares a correction; updating it publishes
/// a new edition. On both providers.
/// </summary>
public sealed class BriefEditionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 0, 30, 0, TimeSpan.Zero);

    private static readonly string[] Warning =
    [
        "North Korea warned on Friday that it would answer the joint drills Seoul and Washington begin on Saturday with ballistic missiles.",
        "A spokesman for the North's defense ministry said missiles could be fired toward the East Sea as soon as the drills start.",
        "South Korea's Joint Chiefs of Staff said the military was watching the west coast near Nampo for signs of a launch.",
    ];

    private static readonly string[] Count =
    [
        "North Korea fired four short-range ballistic missiles into the East Sea on Saturday, a Japanese government count showed.",
        "Radar tracks reviewed overnight found a fourth launch from near Nampo that the first reports had missed, officials in Tokyo said.",
        "\u201CThe count matters because it tells us how many launchers they can move at once,\u201D said Mori Takeshi, a defense analyst in Osaka.",
        "Seoul and Washington kept up the joint drills that the North had vowed to answer.",
    ];

    private static ArticleDraft Draft(string url, string outlet, string title, IEnumerable<string> paragraphs, double hours) => new()
    {
        Url = url,
        Title = title,
        Outlet = outlet,
        PublishedAt = T0.AddHours(hours),
        Blocks = paragraphs.Select(Block.Paragraph).ToList(),
    };

    private static ArticleDraft Warned => Draft("https://smp.example/warning", "Seoul Morning Post", "North Korea warns of missile answer to drills", Warning, -10);

    private static ArticleDraft[] Day =>
    [
        Draft("https://wire.example/launch", "Peninsula Wire", "North Korea fires two ballistic missiles", DraftBriefStoryTests.Launch, 0),
        Draft("https://post.example/launch", "Harbor Post", "North Korea fires two ballistic missiles", DraftBriefStoryTests.Launch, 0.5),
        Draft("https://kestrel.example/three", "Kestrel News", "Japan says North Korea fired three missiles", DraftBriefStoryTests.Tokyo, 1),
    ];

    private static async Task IngestAsync(TestDatabase db, ManualClock clock, StoryTracker tracker, params ArticleDraft[] drafts)
    {
        foreach (var draft in drafts)
        {
            await using var context = db.CreateContext();
            await new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock)).IngestAsync(draft, default);
        }
    }

    private static async Task<long> DraftAsync(TestDatabase db, ManualClock clock)
    {
        await using var services = PipelineServices.Build(db, clock);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(DateOnly.FromDateTime(T0.UtcDateTime), default);
        Assert.Null(result.Problem);
        return result.Brief!.Id;
    }

    private static async Task<long> StoryOfAsync(TestDatabase db, string url)
    {
        await using var context = db.CreateContext();
        return (await context.Articles.SingleAsync(a => a.Url == url)).StoryId!.Value;
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Item_IsToldAsOfTheBriefsDay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(30));
        var tracker = new StoryTracker();
        var nextDay = Draft("https://northline.example/four", "Northline Daily", "Tokyo now counts four North Korean missiles", Count, 26);
        await IngestAsync(db, clock, tracker, [Warned, .. Day, nextDay]);
        var story = await StoryOfAsync(db, "https://wire.example/launch");
        foreach (var url in new[] { "https://smp.example/warning", "https://kestrel.example/three", "https://northline.example/four" })
        {
            Assert.Equal(story, await StoryOfAsync(db, url));
        }

        var briefId = await DraftAsync(db, clock);
        await using var context = db.CreateContext();
        var launch = (await context.LoadBriefViewAsync(briefId, default))!.Items.Single();

        // The story began the day before with the Post's warning; that day only Kestrel reported it
        // besides the wire and its pickup; Northline's count came the next day.
        Assert.Equal(("Peninsula Wire", "Seoul Morning Post"), (launch.Outlet, launch.OriginalOutlet));
        Assert.Equal(["Harbor Post"], launch.AlsoCarriedBy);
        Assert.Equal(["Kestrel News"], launch.AlsoReportedBy);
        var missiles = Assert.Single(launch.Figures);
        Assert.Equal(["two short-range ballistic missiles", "three short-range ballistic missiles"], missiles.Claims.Select(c => c.Text));
        Assert.DoesNotContain(missiles.Claims.SelectMany(c => c.Outlets), o => o == "Northline Daily");

        // Told with no day (the story page's view), the story names every outlet.
        var wire = await context.Articles.SingleAsync(a => a.Url == "https://wire.example/launch");
        var whole = (await context.StoryItemsAsync([story], [wire.Id], day: null, default))[story];
        Assert.Equal(["Kestrel News", "Northline Daily"], whole.AlsoReportedBy.Order());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Published_KeepsItsEdition_WhileTheStoryGrows_UntilTheEditorUpdatesIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        await IngestAsync(db, clock, tracker, Day);
        var briefId = await DraftAsync(db, clock);

        string slug;
        await using (var publish = db.CreateContext())
        {
            var brief = await publish.Briefs.SingleAsync(b => b.Id == briefId);
            slug = brief.Slug;
            Assert.Null(brief.Edition);
            Assert.Equal(BriefChangeStatus.Saved, (await new BriefEditor(publish, clock).PublishAsync(briefId, brief.Version, default)).Status);
        }

        string published;
        await using (var read = db.CreateContext())
        {
            var view = (await read.LoadPublishedBriefViewAsync(slug, default))!;
            Assert.Equal(["Kestrel News"], view.Items.Single().AlsoReportedBy);
            published = BriefHtmlRenderer.Render(view);
        }

        // Later the same day another outlet reports the launch with a fourth missile.
        clock.Advance(TimeSpan.FromHours(3));
        await IngestAsync(db, clock, tracker, Draft("https://northline.example/four", "Northline Daily", "Tokyo now counts four North Korean missiles", Count, 5));
        var story = await StoryOfAsync(db, "https://wire.example/launch");
        Assert.Equal(story, await StoryOfAsync(db, "https://northline.example/four"));

        await using (var read = db.CreateContext())
        {
            // Readers of the archive, the feeds and the mail get the edition that was published; the
            // composer shows the story as it is now.
            Assert.Equal(published, BriefHtmlRenderer.Render((await read.LoadPublishedBriefViewAsync(slug, default))!));
            Assert.Equal(published, BriefHtmlRenderer.Render((await read.LoadPublishedBriefViewAsync(briefId, default))!));
            Assert.Equal(published, BriefHtmlRenderer.Render(Assert.Single(await read.LoadLatestPublishedBriefViewsAsync(5, default))));
            Assert.Equal(["Kestrel News", "Northline Daily"], (await read.LoadBriefViewAsync(briefId, default))!.Items.Single().AlsoReportedBy);
        }

        // A correction saved in the composer waits there; updating the published brief publishes it,
        // told from the store as it is now.
        await using (var correct = db.CreateContext())
        {
            var brief = await correct.Briefs.Include(b => b.Items).Include(b => b.Quotes).SingleAsync(b => b.Id == briefId);
            var item = brief.Items.Single();
            var edit = new BriefEdit(briefId, brief.Version, brief.Title, brief.Intro, [new BriefItemEdit(item.Id, null, "Corrected: Tokyo now counts four.", item.ExcerptMode)], brief.Quotes.OrderBy(q => q.Position).Select(q => q.QuoteId).ToList());
            Assert.Equal(BriefChangeStatus.Saved, (await new BriefEditor(correct, clock).SaveAsync(edit, default)).Status);
        }

        await using (var read = db.CreateContext())
        {
            Assert.Equal(published, BriefHtmlRenderer.Render((await read.LoadPublishedBriefViewAsync(slug, default))!));
            Assert.Equal("Corrected: Tokyo now counts four.", (await read.LoadBriefViewAsync(briefId, default))!.Items.Single().Commentary);
            var readers = await read.EditionVersionAsync(briefId, default);
            Assert.Equal(readers + 1, (await read.Briefs.SingleAsync()).Version);
        }

        await using (var update = db.CreateContext())
        {
            var version = (await update.Briefs.SingleAsync()).Version;
            Assert.Equal(BriefChangeStatus.Saved, (await new BriefEditor(update, clock).PublishAsync(briefId, version, default)).Status);
        }

        await using var after = db.CreateContext();
        var corrected = (await after.LoadPublishedBriefViewAsync(slug, default))!.Items.Single();
        Assert.Equal("Corrected: Tokyo now counts four.", corrected.Commentary);
        Assert.Equal(["Kestrel News", "Northline Daily"], corrected.AlsoReportedBy);
        Assert.Contains(corrected.Figures.Single().Claims, c => c.Text == "four short-range ballistic missiles");
        Assert.Equal((await after.Briefs.SingleAsync()).Version, await after.EditionVersionAsync(briefId, default));
    }
}
