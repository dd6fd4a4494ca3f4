using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>The stored "figures disagree" flag follows a story's articles: arrivals, copies, changed texts, merges.</summary>
public sealed class StoryFigureCheckTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Troops =
    [
        "South Korea's spy agency briefed lawmakers on Tuesday on the deployment of North Korean soldiers to Russia.",
        "The soldiers have been moved to the Kursk region, where they train with Russian units, the agency said.",
        "Pyongyang has not confirmed the deployment, and Moscow called the reports a provocation by Seoul.",
        "Lawmakers on the intelligence committee said the agency expected more units to follow before winter.",
    ];

    private static readonly string[] Storm =
    [
        "Typhoon Maysak made landfall near Busan early on Thursday with gusts above 150 kilometres an hour.",
        "Residents of coastal villages spent the night in school gymnasiums.",
        "Ferries to Jeju were cancelled and flights were grounded at Gimhae airport.",
        "The weather agency said the storm would weaken over the East Sea by the evening.",
    ];

    private const string About11000 = "North Korea has sent about 11,000 troops to Russia, the spy agency told lawmakers on Tuesday.";
    private const string Exactly15000 = "North Korea has sent 15,000 troops to Russia, a lawmaker said after the briefing on Tuesday.";

    private static ArticleDraft Draft(string url, string outlet, string title, IEnumerable<string> paragraphs, int minutes) => new()
    {
        Url = url,
        Title = title,
        Outlet = outlet,
        PublishedAt = T0.AddMinutes(minutes),
        Blocks = paragraphs.Select(Block.Paragraph).ToList(),
    };

    private static async Task<Article> IngestAsync(TestDatabase db, StoryTracker tracker, ArticleDraft draft)
    {
        await using var context = db.CreateContext();
        var clock = new ManualClock(T0.AddHours(3));
        var ingestor = new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock));
        return (await ingestor.IngestAsync(draft, default)).Article!;
    }

    private static async Task<bool?> FlagAsync(TestDatabase db, long storyId)
    {
        await using var context = db.CreateContext();
        return (await context.Stories.SingleAsync(s => s.Id == storyId)).FiguresDisagree;
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_SecondOutletGivesOtherFigure_FlagsTheStory(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var first = await IngestAsync(db, tracker, Draft("https://yna.example/a/1", "Yonhap", "North Korean troops in Russia", [About11000, .. Troops], 0));
        Assert.False(await FlagAsync(db, first.StoryId!.Value));

        var second = await IngestAsync(db, tracker, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [Exactly15000, .. Troops], 30));

        Assert.Equal(first.StoryId, second.StoryId);
        Assert.True(await FlagAsync(db, first.StoryId.Value));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_CopyRepeatingTheFigure_KeepsTheStoryAgreeing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var original = await IngestAsync(db, tracker, Draft("https://yna.example/a/1", "Yonhap", "North Korean troops in Russia", [About11000, .. Troops], 0));
        var copy = await IngestAsync(db, tracker, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [About11000, .. Troops], 30));

        Assert.Equal(original.Id, copy.CopyOfId);
        Assert.False(await FlagAsync(db, original.StoryId!.Value));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_CorrectedArticleNowAgrees_ClearsTheFlag(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var first = await IngestAsync(db, tracker, Draft("https://yna.example/a/1", "Yonhap", "North Korean troops in Russia", [About11000, .. Troops], 0));
        await IngestAsync(db, tracker, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [Exactly15000, .. Troops], 30));
        Assert.True(await FlagAsync(db, first.StoryId!.Value));

        // The same address again with the figure corrected: an update, not a new article.
        await IngestAsync(db, tracker, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [About11000.Replace("the spy agency told", "officials told", StringComparison.Ordinal), .. Troops], 30));

        Assert.False(await FlagAsync(db, first.StoryId.Value));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Merge_StoriesGivingDifferentFigures_FlagsTheMergedStory(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var troops = await IngestAsync(db, tracker, Draft("https://yna.example/a/1", "Yonhap", "North Korean troops in Russia", [About11000, .. Troops], 0));
        // A clusterer that has looked past the first story but no longer holds it (it left the window) starts another.
        var other = await IngestAsync(db, new StoryTracker { Loaded = true, AssignedThrough = troops.Id }, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [Exactly15000, .. Troops], 30));
        var (from, into) = (other.StoryId!.Value, troops.StoryId!.Value);
        Assert.NotEqual(from, into);
        Assert.False(await FlagAsync(db, into));
        Assert.False(await FlagAsync(db, from));

        await using (var context = db.CreateContext())
        {
            Assert.True((await new MergeStories(context, tracker, new ManualClock(T0.AddHours(3))).MergeAsync(from, into, "Mina Cho", default)).Merged);
        }

        Assert.True(await FlagAsync(db, into));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task FillUnchecked_StoriesStoredBeforeTheFlag_ChecksEachOnce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var troops = await IngestAsync(db, tracker, Draft("https://yna.example/a/1", "Yonhap", "North Korean troops in Russia", [About11000, .. Troops], 0));
        await IngestAsync(db, tracker, Draft("https://post.example/w/2", "Harbor Post", "North Korean troops in Russia", [Exactly15000, .. Troops], 30));
        var storm = await IngestAsync(db, tracker, Draft("https://yna.example/a/3", "Yonhap", "Typhoon Maysak hits Busan", Storm, 60));
        await using (var context = db.CreateContext())
        {
            await context.Stories.ExecuteUpdateAsync(u => u.SetProperty(s => s.FiguresDisagree, (bool?)null));
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(2, await StoryFigureCheck.FillUncheckedAsync(context, default));
            Assert.Equal(0, await StoryFigureCheck.FillUncheckedAsync(context, default));
        }

        Assert.True(await FlagAsync(db, troops.StoryId!.Value));
        Assert.False(await FlagAsync(db, storm.StoryId!.Value));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_StoryBeyondMaxArticles_ComparesItsLatestArticlesOnly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tracker = new StoryTracker();
        var count = StoryFigureCheck.MaxArticles + 5;

        // The oldest article gives another figure; every later one repeats about 11,000.
        var drafts = Enumerable.Range(0, count)
            .Select(i => Draft($"https://outlet{i}.example/a", $"Outlet {i}", "North Korean troops in Russia", [i == 0 ? Exactly15000 : About11000, .. Troops], i))
            .ToList();
        long storyId;
        await using (var context = db.CreateContext())
        {
            var clock = new ManualClock(T0.AddHours(6));
            var results = await new ArticleIngestor(context, clock, stories: new AssignStory(context, tracker, clock)).IngestAsync(drafts, default);
            storyId = Assert.Single(results.Select(r => r.Article!.StoryId).Distinct())!.Value;
        }

        // The first five articles are beyond the latest 200: the disagreement with the first is no longer read.
        Assert.False(await FlagAsync(db, storyId));

        var late = await IngestAsync(db, tracker, Draft("https://late.example/a", "Late Outlet", "North Korean troops in Russia", [Exactly15000, .. Troops], count + 10));
        Assert.Equal(storyId, late.StoryId);
        Assert.True(await FlagAsync(db, storyId));
    }
}
