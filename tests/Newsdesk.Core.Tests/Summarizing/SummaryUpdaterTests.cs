using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Summarizing;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Summarizing;

public sealed class SummaryUpdaterTests
{
    private const string Lead = "South Korea switched its border loudspeakers back on Friday after the North sent more trash balloons.";

    private static ArticleDraft Draft(string url, string outlet, params string[] paragraphs) => new()
    {
        Url = url,
        Title = "Seoul turns border loudspeakers back on",
        Outlet = outlet,
        PublishedAt = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero),
        Blocks = [Block.Heading("Balloons again"), .. paragraphs.Select(Block.Paragraph)],
    };

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_NewArticle_StoresASummaryCitingItsSentences(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, new ManualClock()).IngestAsync(
                Draft("https://ledger.example/1", "Harbor Ledger", Lead, "The military said about 200 balloons were found overnight. Broadcasts had stopped in June."), default);
        }

        await using (var context = db.CreateContext())
        {
            var article = await context.Articles.SingleAsync();
            var summary = await context.Summaries.Include(s => s.Lines).SingleAsync();
            Assert.Equal(article.Id, summary.ArticleId);
            Assert.Equal(SummaryMethod.Extractive, summary.Method);
            Assert.Equal(Lead, summary.Lines.OrderBy(l => l.Position).First().Text);
            Assert.DoesNotContain(summary.Lines, l => l.Text == "Balloons again");
            foreach (var line in summary.Lines)
            {
                Assert.Equal(article.Id, line.ArticleId);
                Assert.Equal(line.Text, article.Text.Substring(line.Start, line.Length));
            }
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_TextChanged_ReplacesTheSummaryInPlace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, clock).IngestAsync(Draft("https://ledger.example/1", "Harbor Ledger", Lead, "No damage was reported."), default);
        }

        await using (var context = db.CreateContext())
        {
            var result = await new ArticleIngestor(context, clock).IngestAsync(
                Draft("https://ledger.example/1", "Harbor Ledger", "Correction: " + Lead, "No damage was reported."), default);
            Assert.Equal(IngestStatus.Updated, result.Status);
        }

        await using (var context = db.CreateContext())
        {
            var summary = await context.Summaries.Include(s => s.Lines).SingleAsync();
            Assert.Equal(["Correction: " + Lead, "No damage was reported."], summary.Lines.OrderBy(l => l.Position).Select(l => l.Text));
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task UpdateStories_SummarizesOriginalsOnce_AndCitesEachArticle(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        long storyId;
        await using (var context = db.CreateContext())
        {
            await new ArticleIngestor(context, clock).IngestAsync(
            [
                Draft("https://ledger.example/1", "Harbor Ledger", Lead, "The military said about 200 balloons were found overnight."),
                Draft("https://courier.example/2", "Valley Courier", "Pyongyang's sister of the leader warned of a response to the broadcasts.", Lead),
                Draft("https://copies.example/3", "Copy Mill", "A copied sentence that only the copy has, about a drill at sea."),
            ], default);
            var story = new Story { Headline = "Loudspeakers", FirstSeenAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow() };
            context.Stories.Add(story);
            await context.SaveChangesAsync();
            var articles = await context.Articles.OrderBy(a => a.Id).ToListAsync();
            articles.ForEach(a => a.StoryId = story.Id);
            articles[2].CopyOfId = articles[0].Id;
            await context.SaveChangesAsync();
            storyId = story.Id;
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(1, await new SummaryUpdater(context, clock).UpdateStoriesAsync([storyId], default));
            Assert.Equal(0, await new SummaryUpdater(context, clock).UpdateStoriesAsync([storyId], default));
        }

        await using (var context = db.CreateContext())
        {
            var cited = (await context.StorySummariesAsync([storyId], default))[storyId];
            Assert.Contains(cited, c => c.Outlet == "Valley Courier" && c.Url == "https://courier.example/2" && c.ArticleTitle == "Seoul turns border loudspeakers back on");
            Assert.Equal(Lead, cited.Single(c => c.Text == Lead).Text);
            var article = await context.Articles.SingleAsync(a => a.Outlet == "Harbor Ledger");
            Assert.Equal(Lead, (await context.ArticleSummariesAsync([article.Id], default))[article.Id][0].Text);
        }

        await using (var context = db.CreateContext())
        {
            var summary = await context.Summaries.Include(s => s.Lines).ThenInclude(l => l.Article).SingleAsync(s => s.StoryId == storyId);
            var lines = summary.Lines.OrderBy(l => l.Position).ToList();
            Assert.Single(lines, l => l.Text == Lead);
            Assert.DoesNotContain(lines, l => l.Article!.Outlet == "Copy Mill");
            Assert.Contains(lines, l => l.Article!.Outlet == "Valley Courier");
            Assert.All(lines, l => Assert.Equal(l.Text, l.Article!.Text.Substring(l.Start, l.Length)));
        }
    }
}
