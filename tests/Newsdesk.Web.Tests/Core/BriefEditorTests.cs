using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Core;

/// <summary>Brief editing on both providers: two editors on the same version never overwrite each other.</summary>
public sealed class BriefEditorTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Save_TwoEditorsFromOneVersion_SecondConflictsAndFirstSurvives(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        long briefId, itemId;
        await using (var context = db.CreateContext())
        {
            var article = (await new ArticleIngestor(context, clock).IngestAsync(new ArticleDraft { Url = "https://a.example/1", Title = "One", Blocks = [Block.Paragraph("Text one.")] }, CancellationToken.None)).Article!;
            var editor = new BriefEditor(context, clock);
            briefId = (await editor.CreateDraftAsync(new DateOnly(2026, 11, 22), null, CancellationToken.None)).Id;
            Assert.True((await editor.AddItemAsync(briefId, null, article.Id, CancellationToken.None)).Succeeded);
            itemId = await context.BriefItems.Select(i => i.Id).SingleAsync();
        }

        // Both editors loaded version 2; each saves through its own context, as two requests would.
        await using var first = db.CreateContext();
        await using var second = db.CreateContext();
        var a = await new BriefEditor(first, clock).SaveAsync(new BriefEdit(briefId, 2, "Title A", null, [new BriefItemEdit(itemId, null, "A's note", ExcerptMode.Summary)], []), CancellationToken.None);
        var b = await new BriefEditor(second, clock).SaveAsync(new BriefEdit(briefId, 2, "Title B", null, [], []), CancellationToken.None);

        Assert.Equal(BriefChangeStatus.Saved, a.Status);
        Assert.Equal(3, a.Version);
        Assert.Equal(BriefChangeStatus.Conflict, b.Status);
        Assert.Equal(3, b.Version);
        Assert.Contains("you had version 2, it is now version 3", b.Message, StringComparison.Ordinal);
        await using var check = db.CreateContext();
        var stored = await check.Briefs.Include(x => x.Items).SingleAsync();
        Assert.Equal("Title A", stored.Title);
        Assert.Equal("A's note", Assert.Single(stored.Items).Commentary);
    }

    [Fact]
    public async Task Save_RaceBetweenLoadAndWrite_IsCaughtByTheConcurrencyToken()
    {
        await using var db = await TestDatabase.CreateAsync();
        var clock = new ManualClock();
        long briefId;
        await using (var context = db.CreateContext())
        {
            briefId = (await new BriefEditor(context, clock).CreateDraftAsync(new DateOnly(2026, 11, 22), null, CancellationToken.None)).Id;
        }

        // The second context has already read version 1 when the first one writes version 2.
        await using var slow = db.CreateContext();
        var loaded = await slow.Briefs.SingleAsync(b => b.Id == briefId);
        await using (var fast = db.CreateContext())
        {
            Assert.True((await new BriefEditor(fast, clock).SaveAsync(new BriefEdit(briefId, 1, "Fast", null, [], []), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(1, loaded.Version);
        var change = await new BriefEditor(slow, clock).SaveAsync(new BriefEdit(briefId, 1, "Slow", null, [], []), CancellationToken.None);
        Assert.Equal(BriefChangeStatus.Conflict, change.Status);
        await using var check = db.CreateContext();
        Assert.Equal("Fast", (await check.Briefs.SingleAsync()).Title);
    }

    [Fact]
    public async Task Publish_EmptyBrief_IsRefusedWithReason_AndSlugsStayUnique()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = db.CreateContext();
        var editor = new BriefEditor(context, new ManualClock());
        var day = new DateOnly(2026, 11, 22);
        var one = await editor.CreateDraftAsync(day, null, CancellationToken.None);
        var two = await editor.CreateDraftAsync(day, null, CancellationToken.None);
        Assert.Equal("2026-11-22", one.Slug);
        Assert.Equal("2026-11-22-2", two.Slug);
        var change = await editor.PublishAsync(one.Id, one.Version, CancellationToken.None);
        Assert.Equal(BriefChangeStatus.Invalid, change.Status);
        Assert.Contains("at least one item", change.Message, StringComparison.Ordinal);
        Assert.Equal(BriefStatus.Draft, (await context.Briefs.AsNoTracking().SingleAsync(b => b.Id == one.Id)).Status);
    }
}
