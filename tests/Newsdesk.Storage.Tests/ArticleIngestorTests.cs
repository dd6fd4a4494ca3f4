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

    /// <summary>
    /// An outlet known only by its address takes the name it gives itself in its dateline, else the name
    /// the host's other stored articles carry; reading any of them again changes nothing.
    /// </summary>
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Ingest_OutletKnownByItsHost_TakesTheNameTheOutletGoesBy(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        ArticleDraft Host(string url, string outlet, string text, string title) => Draft(url, text, title) with { Outlet = outlet };
        var drafts = new[]
        {
            // Named by its site name.
            Host("https://www.seoulmorningpost.example/national/1", "Seoul Morning Post", "The unification minister said the offer of talks stands.", "Talks offer stands"),
            // A newsletter's link to the same outlet, named by host only.
            Host("https://seoulmorningpost.example/national/2", "seoulmorningpost.example", "The defense ministry began a study of nuclear-powered submarines.", "Submarine study"),
            // Its own dateline names the wire.
            Host("https://peninsulawire.example/3", "peninsulawire.example", "SEOUL, Nov. 21 (Peninsula Wire) -- North Korea fired two missiles.", "Two missiles"),
            // A host nobody has named stays as it is; another outlet's name on a page it links does not count.
            Host("https://unnamed.example/4", "unnamed.example", "SEOUL, Nov. 21 (Peninsula Wire) -- The drills went ahead.", "Drills"),
        };

        await using (var context = db.CreateContext())
        {
            var ingestor = new ArticleIngestor(context, clock);
            foreach (var draft in drafts)
            {
                Assert.Equal(IngestStatus.Added, (await ingestor.IngestAsync(draft, default)).Status);
            }
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(
                ["Seoul Morning Post", "Seoul Morning Post", "Peninsula Wire", "unnamed.example"],
                await context.Articles.OrderBy(a => a.Id).Select(a => a.Outlet).ToListAsync());
        }

        // Read again, by address alone, in another order: nothing changes.
        await using (var context = db.CreateContext())
        {
            var ingestor = new ArticleIngestor(context, clock);
            foreach (var draft in drafts.Reverse())
            {
                Assert.Equal(IngestStatus.Unchanged, (await ingestor.IngestAsync(draft, default)).Status);
            }
        }

        // A host named only after its first article keeps that article as it was stored, and names the next.
        await using (var context = db.CreateContext())
        {
            var ingestor = new ArticleIngestor(context, clock);
            Assert.Equal(IngestStatus.Added, (await ingestor.IngestAsync(Host("https://unnamed.example/5", "Unnamed Gazette", "The gazette's own report.", "Own report"), default)).Status);
            Assert.Equal(IngestStatus.Unchanged, (await ingestor.IngestAsync(drafts[3], default)).Status);
            Assert.Equal(IngestStatus.Added, (await ingestor.IngestAsync(Host("https://unnamed.example/6", "unnamed.example", "A later report by address.", "Later"), default)).Status);
        }

        await using (var context = db.CreateContext())
        {
            Assert.Equal(
                ["unnamed.example", "Unnamed Gazette", "Unnamed Gazette"],
                await context.Articles.Where(a => a.CanonicalUrl!.StartsWith("//unnamed.example/")).OrderBy(a => a.Id).Select(a => a.Outlet).ToListAsync());
        }
    }
}
