using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

public sealed class ArticleIngestorTests
{
    private static ArticleDraft Draft(string url, string text, string title = "Border posts dismantled") => new()
    {
        Url = url,
        Title = title,
        Outlet = "Harbor Ledger",
        PublishedAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(9)),
        Blocks = [Block.Paragraph(text), Block.Quote("\"We will watch closely,\" the ministry said.")],
    };

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_SameDraftTwice_StoresOneArticle(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var draft = Draft("https://ledger.example/a/1?utm_source=x", "Guard posts were taken down on Saturday.");

        await using (var context = db.CreateContext())
        {
            var first = await new ArticleIngestor(context, clock).IngestAsync(draft, default);
            Assert.Equal(IngestStatus.Added, first.Status);
        }

        await using (var context = db.CreateContext())
        {
            var again = await new ArticleIngestor(context, clock).IngestAsync(draft with { Url = "https://www.ledger.example/a/1/" }, default);
            Assert.Equal(IngestStatus.Updated, again.Status);
            var repeat = await new ArticleIngestor(context, clock).IngestAsync(draft with { Url = "https://www.ledger.example/a/1/" }, default);
            Assert.Equal(IngestStatus.Unchanged, repeat.Status);
        }

        await using (var context = db.CreateContext())
        {
            var stored = await context.Articles.SingleAsync();
            Assert.Equal("//ledger.example/a/1", stored.CanonicalUrl);
            Assert.Equal(2, stored.Blocks.Count);
            Assert.Equal(BlockKind.Quote, stored.Blocks[1].Kind);
            Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 30, 0, TimeSpan.Zero), stored.PublishedAt);
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_NoUrl_IdentifiesByText(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        var ingestor = new ArticleIngestor(context, new ManualClock());
        var results = await ingestor.IngestAsync(
            [Draft("", "Text one."), Draft("", "Text one."), Draft("", "Text two.")], default);

        Assert.Equal([IngestStatus.Added, IngestStatus.Unchanged, IngestStatus.Added], results.Select(r => r.Status));
        Assert.Equal(2, await context.Articles.CountAsync());
    }

    [Fact]
    public async Task Ingest_EmptyDraft_IsRejectedWithReason()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();
        var result = await new ArticleIngestor(context, new ManualClock()).IngestAsync(new ArticleDraft { Title = " ", Blocks = [] }, default);
        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Equal("no title and no text", result.Reason);
        Assert.Equal(0, await context.Articles.CountAsync());
    }
}
