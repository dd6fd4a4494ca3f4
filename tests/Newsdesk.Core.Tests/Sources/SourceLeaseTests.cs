using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

/// <summary>
/// Several workers on one store: each source is claimed for the length of its check, so two refresh
/// loops that both picked the same due sources fetch each of them once; a worker that dies leaves a
/// claim that another worker takes over once it expires.
/// </summary>
public sealed class SourceLeaseTests
{
    private const int SourceCount = 50;

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoWorkers_SameDueSources_FetchEachFeedOncePerPass(DatabaseProvider provider)
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", async (string n) =>
        {
            // Long enough that both workers are busy at once, so the claims really race.
            await Task.Delay(20);
            return Results.Text(Feeds.Rss(2, prefix: n), "application/rss+xml");
        }));
        await using var p = await TestPipeline.CreateAsync(provider, new() { ["Scheduling:Workers"] = "4" });
        var ids = new List<long>();
        for (var i = 0; i < SourceCount; i++)
        {
            ids.Add(await p.AddSourceAsync(server.Url($"/feed/{i}"), $"Feed {i}"));
        }

        var first = p.Services.GetRequiredService<RefreshPass>();
        var second = p.AnotherProcess().GetRequiredService<RefreshPass>();
        var passes = new List<(RefreshSummary A, RefreshSummary B)>();
        for (var pass = 1; pass <= 2; pass++)
        {
            // Both select before either checks: each holds every due source in its queue.
            var dueForA = await first.DueAsync(int.MaxValue, default);
            var dueForB = await second.DueAsync(int.MaxValue, default);
            Assert.Equal(ids.Order(), dueForA.Order());
            Assert.Equal(ids.Order(), dueForB.Order());
            var a = first.RunAsync(dueForA, onlyIfDue: true, null, default);
            var b = second.RunAsync(dueForB, onlyIfDue: true, null, default);
            passes.Add((await a, await b));

            for (var i = 0; i < SourceCount; i++)
            {
                Assert.True(server.CountOf($"/feed/{i}") == pass, $"pass {pass}: /feed/{i} was fetched {server.CountOf($"/feed/{i}")} times");
            }

            p.Clock.Advance(TimeSpan.FromHours(3));
        }

        foreach (var (a, b) in passes)
        {
            var checkedIds = a.Reports.Concat(b.Reports).Where(r => r.Status == RefreshStatus.Updated).Select(r => r.SourceId).Order();
            Assert.Equal(ids.Order(), checkedIds);
            Assert.Equal(SourceCount, a.Reports.Concat(b.Reports).Count(r => r.Status == RefreshStatus.Skipped));
        }

        Assert.Equal(SourceCount * 2, (await p.ArticlesAsync()).Count);
        await using var db = p.Db.CreateContext();
        Assert.Equal(0, await db.Sources.CountAsync(s => s.LeaseOwner != null || s.LeaseUntil != null));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task HostAnotherProcessHasTheTurnAt_IsPutOff_AndTheHolderChecksItMeanwhile(DatabaseProvider provider)
    {
        var hits = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var firstFreeAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var busyHost = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", (string n) =>
        {
            hits.Enqueue("busy " + n);
            return Results.Text(Feeds.Rss(2, prefix: "busy" + n), "application/rss+xml");
        }), System.Net.IPAddress.Parse("127.0.0.2"));
        await using var freeHost = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", async (string n) =>
        {
            hits.Enqueue("free " + n);
            if (n == "1")
            {
                await firstFreeAnswer.Task;
            }

            return Results.Text(Feeds.Rss(2, prefix: "free" + n), "application/rss+xml");
        }), System.Net.IPAddress.Parse("127.0.0.3"));
        await using var p = await TestPipeline.CreateAsync(provider, new() { ["Scheduling:Workers"] = "1" });
        var busy = await p.AddSourceAsync(busyHost.Url("/feed/1"), "Busy host");
        var free = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            free.Add(await p.AddSourceAsync(freeHost.Url($"/feed/{i}"), $"Free host {i}"));
        }

        // The other process is fetching from the busy host: it has the turn there.
        var other = p.AnotherProcess();
        var turns = other.GetRequiredService<Newsdesk.Core.Fetching.HostTurns>();
        var (held, until, _) = await turns.ClaimAsync("127.0.0.2", default);
        Assert.True(held);

        // The busy host's source comes first in this process's queue; its one worker goes on to the free host.
        var run = p.Services.GetRequiredService<RefreshPass>().RunAsync([busy, .. free], onlyIfDue: true, null, default);
        var wentOn = await WaitForAsync(() => hits.Contains("free 1"), TimeSpan.FromSeconds(20));
        RefreshSummary? holderPass = null;
        if (wentOn)
        {
            // Meanwhile the holder checks the busy host's source itself.
            holderPass = await other.GetRequiredService<RefreshPass>().RunAsync([busy], onlyIfDue: true, null, default);
        }
        else
        {
            await turns.ReleaseAsync("127.0.0.2", until, default);
        }

        firstFreeAnswer.SetResult();
        var pass = await run;

        Assert.True(wentOn, "the worker waited for the other process's turn instead of going on: " + string.Join(", ", hits));
        Assert.Equal(["free 1", "busy 1", "free 2", "free 3"], hits);
        Assert.Equal(RefreshStatus.Updated, Assert.Single(holderPass!.Reports).Status);
        var skipped = Assert.Single(pass.Reports, r => r.SourceId == busy);
        Assert.Equal((RefreshStatus.Skipped, "Already checked by another worker since it was queued"), (skipped.Status, skipped.Message));
        Assert.Equal(free, pass.Reports.Where(r => r.Status == RefreshStatus.Updated).Select(r => r.SourceId));
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Lease_OfAWorkerThatDied_IsTakenOverAfterItExpires(DatabaseProvider provider)
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Text(Feeds.Rss(2), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await p.AddSourceAsync(server.Url("/feed"));
        var leases = p.Services.GetRequiredService<SourceLeases>();
        var pass = p.AnotherProcess().GetRequiredService<RefreshPass>();

        // A worker claims the source and dies before checking it or giving it back.
        Assert.Equal([id], await leases.ClaimAsync([id], "dead-host:4242:1", onlyIfDue: true, default));
        p.Clock.Advance(leases.Length - TimeSpan.FromSeconds(1));
        var dueWhileHeld = await pass.DueAsync(100, default);
        var whileHeld = await pass.RunAsync([id], onlyIfDue: true, null, default);
        var forcedWhileHeld = await pass.RunAsync([id], onlyIfDue: false, null, default);
        var requestsWhileHeld = server.CountOf("/feed");

        p.Clock.Advance(TimeSpan.FromSeconds(1));
        var dueAfterExpiry = await pass.DueAsync(100, default);
        var takenOver = await pass.RunAsync(dueAfterExpiry, onlyIfDue: true, null, default);
        var after = await p.SourceAsync(id);

        Assert.Empty(dueWhileHeld);
        Assert.Equal(RefreshStatus.Skipped, Assert.Single(whileHeld.Reports).Status);
        Assert.Contains("Being checked by worker dead-host:4242:1", Assert.Single(forcedWhileHeld.Reports).Message);
        Assert.Equal(0, requestsWhileHeld);
        Assert.Equal([id], dueAfterExpiry);
        Assert.Equal(RefreshStatus.Updated, Assert.Single(takenOver.Reports).Status);
        Assert.Equal(1, server.CountOf("/feed"));
        Assert.Null(after.LeaseOwner);
        Assert.Null(after.LeaseUntil);
        Assert.Equal(p.Clock.GetUtcNow(), after.LastSuccessAt);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Release_ByAWorkerWhoseLeaseWasTakenOver_LeavesTheNewClaim(DatabaseProvider provider)
    {
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await p.AddSourceAsync(new Uri("http://127.0.0.1:9/feed"));
        var leases = p.Services.GetRequiredService<SourceLeases>();

        Assert.Equal([id], await leases.ClaimAsync([id], "slow", onlyIfDue: true, default));
        Assert.Empty(await leases.ClaimAsync([id], "eager", onlyIfDue: false, default));
        p.Clock.Advance(leases.Length);
        Assert.Equal([id], await leases.ClaimAsync([id], "eager", onlyIfDue: true, default));
        await leases.ReleaseAsync(id, "slow", default);
        var held = await leases.HolderAsync(id, default);
        await leases.ReleaseAsync(id, "eager", default);

        Assert.Equal("eager", held?.Owner);
        Assert.Equal(p.Clock.GetUtcNow() + leases.Length, held?.Until);
        Assert.Null(await leases.HolderAsync(id, default));
    }

    [Fact]
    public async Task Check_OutlastingItsLease_IsAbandonedBeforeAnotherWorkerMayTakeIt()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            return Results.Text(Feeds.Rss(1), "application/rss+xml");
        }));
        await using var p = await TestPipeline.CreateAsync(settings: new() { ["Scheduling:LeaseSeconds"] = "5", ["Fetching:TimeoutSeconds"] = "60" });
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var source = await p.SourceAsync(id);

        Assert.Equal(RefreshStatus.Failed, report.Status);
        Assert.Contains("longer than its 5 s claim", report.Message);
        Assert.Null(source.LeaseOwner);
        Assert.Null(source.LastCheckedAt);
        Assert.Equal(1, server.CountOf("/feed"));
    }
}
