using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

/// <summary>The drafted brief as readers get it: one item per story, cited summaries, disputed figures, quotes of the day; on both providers.</summary>
public sealed class DraftBriefStoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 0, 30, 0, TimeSpan.Zero);

    /// <summary>The wire's launch report (also <see cref="BriefEditionTests"/>'s).</summary>
    internal static readonly string[] Launch =
    [
        "North Korea fired two short-range ballistic missiles toward the East Sea early on Saturday, the Joint Chiefs of Staff in Seoul said.",
        "The missiles lifted off near the west coast city of Nampo and flew roughly 400 kilometers before splashing down.",
        "\u201CThis launch is a reckless provocation that threatens the whole region,\u201D Defense Minister Han Jae-sung said.",
        "\u201CWe are watching the coast closely,\u201D the official said.",
        "The launch came a day after Seoul and Washington began joint drills that Pyongyang had promised to answer.",
    ];

    /// <summary>Tokyo's count of the launch: three missiles against the wire's two.</summary>
    internal static readonly string[] Tokyo =
    [
        "North Korea launched three short-range ballistic missiles into the East Sea on Saturday, Japan's defense ministry said.",
        "Tokyo said the missiles flew roughly 400 kilometers and fell outside its exclusive economic zone after lifting off near Nampo.",
        "\u201CThese launches are absolutely unacceptable,\u201D Foreign Minister Aoki Haruto said at a briefing in Tokyo.",
        "Seoul and Washington began joint drills a day earlier, and the North had vowed to respond to them.",
    ];

    private static readonly string[] Storm =
    [
        "Typhoon Maysak made landfall near Busan early on Saturday with gusts above 150 kilometres an hour.",
        "More than 2,000 residents of coastal villages spent the night in school gymnasiums.",
        "Ferries to Jeju were cancelled and about 300 flights were grounded at Gimhae airport.",
    ];

    private static ArticleDraft Draft(string url, string outlet, string title, IEnumerable<string> paragraphs, int minutes, string? origin = null) => new()
    {
        Url = url,
        Title = title,
        Outlet = outlet,
        PublishedAt = T0.AddMinutes(minutes),
        Blocks = paragraphs.Select(Block.Paragraph).ToList(),
        Origin = origin,
    };

    private static async Task SeedAsync(TestDatabase db, ManualClock clock)
    {
        var tracker = new StoryTracker();
        ArticleDraft[] drafts =
        [
            Draft("https://wire.example/launch", "Peninsula Wire", "North Korea fires two ballistic missiles", Launch, 0, "file:/d/digest.txt#1"),
            Draft("https://post.example/launch", "Harbor Post", "North Korea fires two ballistic missiles", Launch, 30),
            Draft("https://kestrel.example/three", "Kestrel News", "Japan says North Korea fired three missiles", Tokyo, 60),
            Draft("https://weather.example/maysak", "Coast Times", "Typhoon Maysak hits Busan", Storm, 90),
        ];
        foreach (var draft in drafts)
        {
            await using var context = db.CreateContext();
            await new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock)).IngestAsync(draft, default);
        }

        await using var quotes = db.CreateContext();
        quotes.Quotes.Add(new Quote
        {
            Kind = QuoteKind.Curated, Text = "Restraint is the only road left.", Speaker = "Lin Wei", SpeakerRole = "Foreign ministry spokesperson",
            TextHash = QuoteText.Hash("Restraint is the only road left."), Origin = "file:/d/digest.txt#quotes", CreatedAt = T0,
        });
        // The digest also picked Han's words; imports fingerprint curated quotes as TextFingerprint does.
        const string Han = "This launch is a reckless provocation that threatens the whole region.";
        quotes.Quotes.Add(new Quote
        {
            Kind = QuoteKind.Curated, Text = Han, Speaker = "Han Jae-sung", SpeakerRole = "Defense Minister",
            TextHash = TextFingerprint.Of(Han), Origin = "file:/d/digest.txt#quotes", CreatedAt = T0,
        });
        await quotes.SaveChangesAsync();
    }

    /// <summary>The seeded beat, and the brief drafted for its day.</summary>
    private static async Task SeedAndDraftAsync(TestDatabase db, ManualClock clock)
    {
        await SeedAsync(db, clock);
        await using var services = PipelineServices.Build(db, clock);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(DateOnly.FromDateTime(T0.UtcDateTime), default);
        Assert.Null(result.Problem);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_OneItemPerStory_CitedSummary_DisputedFigures_QuotesOncePerWording(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        await SeedAndDraftAsync(db, clock);

        await using var context = db.CreateContext();
        var articles = await context.Articles.ToDictionaryAsync(a => a.Id);
        var view = (await context.LoadBriefViewAsync((await context.Briefs.SingleAsync()).Id, default))!;

        // One item per story: the launch (on the beat) before the storm; the copy and Tokyo's report fold into the launch.
        Assert.Equal(["North Korea fires two ballistic missiles", "Typhoon Maysak hits Busan"], view.Items.Select(i => i.Headline));
        var launch = view.Items[0];
        Assert.Equal(("Peninsula Wire", "Peninsula Wire"), (launch.Outlet, launch.OriginalOutlet));
        Assert.Equal(["Harbor Post"], launch.AlsoCarriedBy);
        Assert.Equal(["Kestrel News"], launch.AlsoReportedBy);
        Assert.Equal("First reported by Peninsula Wire · also carried by Harbor Post · also reported by Kestrel News", BriefFormat.SourcesLine(launch));

        // The stored story summary, every sentence verbatim in the article it cites.
        Assert.Equal(ExcerptMode.Summary, launch.ExcerptMode);
        Assert.NotEmpty(launch.Summary);
        Assert.Empty(launch.Excerpt);
        foreach (var sentence in launch.Summary)
        {
            var cited = articles[sentence.ArticleId];
            Assert.Contains(sentence.Text, cited.Text, StringComparison.Ordinal);
            Assert.Equal((cited.Outlet, cited.Url), (sentence.Outlet, sentence.Url));
        }

        // Two missiles or three: the outlets disagree, and the item says so; the storm has no dispute.
        var missiles = Assert.Single(launch.Figures);
        Assert.Equal("missiles", missiles.Thing);
        Assert.Equal(["Peninsula Wire, Harbor Post", "Kestrel News"], missiles.Claims.Select(BriefFormat.ClaimSources));
        Assert.Empty(view.Items[1].Figures);
        Assert.Equal("Coast Times", view.Items[1].OriginalOutlet);
        Assert.Equal("", BriefFormat.SourcesLine(view.Items[1]));

        // The digest's quotes first, Han's taking the outlet that reported his words first; then
        // named speakers, earliest report first, each wording once (Han's words are also in the
        // wire story and its copy); "the official" is nobody in particular.
        Assert.Equal(
            [
                ("Restraint is the only road left.", "Lin Wei", (string?)null),
                ("This launch is a reckless provocation that threatens the whole region.", "Han Jae-sung", "Peninsula Wire"),
                ("These launches are absolutely unacceptable", "Aoki Haruto", "Kestrel News"),
            ],
            view.Quotes.Select(q => (q.Text, q.Speaker!, q.Outlet)));
    }

    /// <summary>
    /// An item follows its article: moved out of the launch story after the brief was drafted (as an
    /// editor's move or the clusterer's split does), the wire report takes its pickup along, and the
    /// item now names what its new story holds, not the Tokyo report and the figure dispute it left.
    /// </summary>
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_ItsArticleMovedToAnotherStory_TheItemFollowsIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        await SeedAndDraftAsync(db, clock);

        await using (var move = db.CreateContext())
        {
            var wire = await move.Articles.SingleAsync(a => a.Url == "https://wire.example/launch");
            Assert.True((await new MoveArticle(move, new StoryTracker(), clock).MoveAsync(wire.Id, null, "Mina Cho", default)).Moved);
        }

        await using var context = db.CreateContext();
        var launch = (await context.LoadBriefViewAsync((await context.Briefs.SingleAsync()).Id, default))!.Items[0];
        Assert.Equal("North Korea fires two ballistic missiles", launch.Headline);
        Assert.Equal(("Peninsula Wire", "Peninsula Wire"), (launch.Outlet, launch.OriginalOutlet));
        Assert.Equal(["Harbor Post"], launch.AlsoCarriedBy);
        Assert.Empty(launch.AlsoReportedBy);
        Assert.Empty(launch.Figures);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Draft_ReportsLeadTheirStories_AndCommentaryComesLast_Labelled(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(T0.AddHours(3));
        var tracker = new StoryTracker();
        ArticleDraft[] drafts =
        [
            Draft("https://wire.example/launch", "Peninsula Wire", "North Korea fires two ballistic missiles", Launch, 0),
            // A column on the launch: more of the beat's words than the report, filed under /opinion/.
            Draft("https://tribune.example/opinion/2026/11/21/launch-answer", "Capital Tribune", "North Korea's missiles demand a joint answer",
            [
                "North Korea fired two short-range ballistic missiles toward the East Sea on Saturday, and the launch should not be shrugged off.",
                "Every ballistic missile launch from Nampo is a test of whether Seoul, Washington and Tokyo answer North Korea together.",
                "The missiles flew roughly 400 kilometers; the next North Korean launch will fly further if the joint drills are the only reply.",
                "A nuclear test, artillery drills along the border and a satellite launch would follow the same logic as the missile launch.",
            ], 20),
            Draft("https://tribune.example/opinion/editorial/2026/11/21/submarines", "Capital Tribune", "Seoul should build its own submarines",
            [
                "South Korea's navy needs nuclear-powered submarines to shadow North Korea's submarine fleet and its missile boats.",
                "Diesel boats cannot stay submerged long enough to track what leaves the North's ports, and the navy knows it.",
            ], 40),
            Draft("https://weather.example/maysak", "Coast Times", "Typhoon Maysak hits Busan", Storm, 90),
        ];
        foreach (var draft in drafts)
        {
            await using var context = db.CreateContext();
            await new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock)).IngestAsync(draft, default);
        }

        await using (var check = db.CreateContext())
        {
            var stored = await check.Articles.OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([ArticleGenre.Report, ArticleGenre.Opinion, ArticleGenre.Opinion, ArticleGenre.Report], stored.Select(a => a.Genre));
            Assert.Equal(stored[0].StoryId, stored[1].StoryId);
            Assert.Equal("North Korea fires two ballistic missiles", (await check.Stories.SingleAsync(x => x.Id == stored[0].StoryId)).Headline);
        }

        await using var services = PipelineServices.Build(db, clock);
        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Null((await scope.ServiceProvider.GetRequiredService<DraftBrief>().DraftAsync(DateOnly.FromDateTime(T0.UtcDateTime), default)).Problem);
        }

        await using var context2 = db.CreateContext();
        var view = (await context2.LoadBriefViewAsync((await context2.Briefs.SingleAsync()).Id, default))!;

        // The report leads the launch story though the column scores higher on the beat; the story
        // told only by an editorial comes after the off-beat storm, and its meta line says what it is.
        Assert.Equal(["North Korea fires two ballistic missiles", "Typhoon Maysak hits Busan", "Seoul should build its own submarines"], view.Items.Select(i => i.Headline));
        Assert.Equal("Peninsula Wire · 21 November 2026", BriefFormat.MetaLine(view.Items[0]));
        Assert.Equal("Opinion · Capital Tribune · 21 November 2026", BriefFormat.MetaLine(view.Items[2]));
    }
}
