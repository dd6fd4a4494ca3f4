using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

/// <summary>The sources page's use cases on both stores: the filtered health list, editing, disabling.</summary>
public sealed class SourceSubscriptionsTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task List_FiltersByStateAndWords_CountsEveryState_TroubleFirst(DatabaseProvider provider)
    {
        await using var p = await TestPipeline.CreateAsync(provider);
        var now = p.Clock.GetUtcNow();
        var healthy = await AddAsync(p, "Harbor Ledger", s => s.LastSuccessAt = now);
        var failing = await AddAsync(p, "Capital Tribune", s => (s.ErrorCount, s.LastError, s.Category) = (2, "HTTP 500", "Korea/Politics"));
        var disabled = await AddAsync(p, "Gone Gazette", s => (s.Disabled, s.DisabledReason, s.ErrorCount) = (true, "HTTP 410 Gone", 1));
        var fresh = await AddAsync(p, "Peninsula Wire", _ => { });
        var leases = p.Services.GetRequiredService<SourceLeases>();
        await leases.ClaimAsync([fresh], "worker-a", onlyIfDue: false, default);

        var all = await ListAsync(p, new SourceListQuery());
        var onlyFailing = await ListAsync(p, new SourceListQuery { State = SourceState.Failing });
        var byWords = await ListAsync(p, new SourceListQuery { Text = "korea/POL" });
        var byUrl = await ListAsync(p, new SourceListQuery { Text = "GAZETTE.example" });
        var secondPage = await ListAsync(p, new SourceListQuery { Page = 2, PageSize = 3 });

        Assert.Equal([failing, disabled, healthy, fresh], all.Sources.Select(s => s.Id));
        Assert.Equal(4, all.Total);
        Assert.Equal(4, all.Matching);
        Assert.Equal(new Dictionary<SourceState, int> { [SourceState.New] = 1, [SourceState.Ok] = 1, [SourceState.Failing] = 1, [SourceState.Disabled] = 1 }, all.Counts);
        Assert.Equal([SourceState.Failing, SourceState.Disabled, SourceState.Ok, SourceState.New], all.Sources.Select(s => s.State));
        Assert.Equal("worker-a", all.Sources.Single(s => s.Id == fresh).CheckingBy);
        Assert.All(all.Sources.Where(s => s.Id != fresh), s => Assert.Null(s.CheckingBy));
        Assert.Equal([failing], onlyFailing.Sources.Select(s => s.Id));
        Assert.Equal(4, onlyFailing.Total);
        Assert.Equal([failing], byWords.Sources.Select(s => s.Id));
        Assert.Equal([disabled], byUrl.Sources.Select(s => s.Id));
        Assert.Equal([fresh], secondPage.Sources.Select(s => s.Id));
        Assert.Equal(4, secondPage.Matching);

        p.Clock.Advance(leases.Length);
        Assert.Null((await ListAsync(p, new SourceListQuery { State = SourceState.New })).Sources.Single().CheckingBy);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Edit_ChecksTitleLengthsAndSelectors_ThenApplies(DatabaseProvider provider)
    {
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await AddAsync(p, "Harbor Ledger", _ => { });
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var blank = await EditAsync(p, key, new SourceEdit("  "));
        var longCategory = await EditAsync(p, key, new SourceEdit("Ledger") { Category = new string('x', 513) });
        var badRemove = await EditAsync(p, key, new SourceEdit("Ledger") { KeepSelectors = "article, :is(p, li)", RemoveSelectors = ".ok\n>>" });
        var missing = await EditAsync(p, "999999", new SourceEdit("Ledger"));
        var saved = await EditAsync(p, key, new SourceEdit(" Ledger ")
        {
            Category = " Korea/Defense ", Tags = SourceEdit.ParseTags("navy, , Navy, alliance "), KeepSelectors = "article, :is(p, li)", RemoveSelectors = "  ",
        });
        var source = await p.SourceAsync(id);

        Assert.Equal("A source needs a title.", blank.Problem);
        Assert.Equal("The category is longer than 512 characters.", longCategory.Problem);
        Assert.Equal("Remove selectors: '>>' is not a valid CSS selector.", badRemove.Problem);
        Assert.True(missing.NotFound);
        Assert.True(saved.Succeeded);
        Assert.Equal("Ledger", source.Title);
        Assert.Equal("Korea/Defense", source.Category);
        Assert.Equal(["navy", "alliance"], source.Tags);
        Assert.Equal("article, :is(p, li)", source.KeepSelectors);
        Assert.Null(source.RemoveSelectors);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Disable_KeepsTheReason_AndTheSourceIsNoLongerDue(DatabaseProvider provider)
    {
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await AddAsync(p, "Harbor Ledger", _ => { });
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pass = p.Services.GetRequiredService<RefreshPass>();

        var byHand = await p.InScopeAsync(s => s.GetRequiredService<SourceSubscriptions>().DisableAsync(key, null, default));
        var dueWhileDisabled = await pass.DueAsync(10, default);
        var afterHand = await p.SourceAsync(id);
        var withReason = await p.InScopeAsync(s => s.GetRequiredService<SourceSubscriptions>().DisableAsync(key, " Paywalled ", default));
        var afterReason = await p.SourceAsync(id);

        Assert.True(byHand.Succeeded);
        Assert.Empty(dueWhileDisabled);
        Assert.Equal("Disabled by hand on 2026-11-22", afterHand.DisabledReason);
        Assert.Null(afterHand.NextCheckAt);
        Assert.True(withReason.Succeeded);
        Assert.Equal("Paywalled", afterReason.DisabledReason);
    }

    private static async Task<long> AddAsync(TestPipeline p, string title, Action<Source> shape)
    {
        await using var db = p.Db.CreateContext();
        var slug = title.Split(' ')[^1].ToLowerInvariant();
        var source = new Source { Kind = SourceKind.Feed, Url = $"https://{slug}.example/feed", Title = title, CreatedAt = p.Clock.GetUtcNow(), NextCheckAt = p.Clock.GetUtcNow() };
        shape(source);
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    }

    private static Task<SourceList> ListAsync(TestPipeline p, SourceListQuery query) =>
        p.InScopeAsync(s => s.GetRequiredService<SourceSubscriptions>().ListAsync(query, default));

    private static Task<SourceChange> EditAsync(TestPipeline p, string key, SourceEdit edit) =>
        p.InScopeAsync(s => s.GetRequiredService<SourceSubscriptions>().EditAsync(key, edit, default));
}
