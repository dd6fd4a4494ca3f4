using Microsoft.Extensions.Options;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Ranking;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Ranking;

public sealed class StoryRankerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static ArticleDraft Draft(string url, string outlet, string title, string text, double hoursAgo) => new()
    {
        Url = url,
        Outlet = outlet,
        Title = title,
        PublishedAt = Now.AddHours(-hoursAgo),
        Blocks = [Block.Paragraph(text)],
    };

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Rank_StoriesAndLooseArticles_OnePerStoryBestFirstOffBeatLeftOut(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Now);
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, clock).IngestAsync(
            [
                Draft("https://a.example/1", "Harbor Ledger", "Kim Yo Jong warns over loudspeakers", "Kim Yo Jong said the loudspeakers must stop.", 2),
                Draft("https://b.example/2", "Valley Courier", "Loudspeakers back on at the border", "The loudspeakers were switched on along the border.", 1.5),
                Draft("https://c.example/3", "Coast Times", "Drone spotted near the DMZ", "A drone was seen near the DMZ.", 3),
                Draft("https://d.example/4", "Copy Mill", "Drone spotted near the DMZ", "A drone was seen near the DMZ.", 2.5),
                Draft("https://e.example/5", "Plains Post", "Bakery wins bread prize", "The bakery won the regional prize.", 1),
                Draft("https://f.example/6", "Old Gazette", "Missile fired into the sea", "North Korea fired a missile.", 60),
            ], default);
            var articles = context.Articles.Local.OrderBy(a => a.Id).ToList();
            var story = new Story { Headline = "Loudspeakers", FirstSeenAt = Now, UpdatedAt = Now };
            context.Stories.Add(story);
            await context.SaveChangesAsync();
            articles[0].StoryId = story.Id;
            articles[1].StoryId = story.Id;
            articles[3].CopyOfId = articles[2].Id;
            await context.SaveChangesAsync();
        }

        await using (var context = db.CreateContext())
        {
            var beats = new BeatLoader(Options.Create(new RankingOptions()), new NewsdeskPaths(Path.GetTempPath()));
            var ranked = await new StoryRanker(context, beats, new EntityExtractor(BeatGlossary.LoadDefault()), clock).RankAsync(Now.AddHours(-24), Now, 10, includeOffBeat: false, default);

            Assert.Equal(2, ranked.Count);
            Assert.Equal(["Kim Yo Jong warns over loudspeakers", "Drone spotted near the DMZ"], ranked.Select(r => r.Lead.Title));
            Assert.NotNull(ranked[0].StoryId);
            Assert.Equal(2, ranked[0].Articles.Count);
            Assert.Equal("matched: Kim Yo Jong, loudspeakers, border; 2 outlets; first seen 2 h ago", ranked[0].Relevance.Reasons);
            Assert.Null(ranked[1].StoryId);
            Assert.Equal("Coast Times", ranked[1].Lead.Outlet);
            Assert.Contains("1 copy collapsed", ranked[1].Relevance.Reasons, StringComparison.Ordinal);
        }
    }
}
