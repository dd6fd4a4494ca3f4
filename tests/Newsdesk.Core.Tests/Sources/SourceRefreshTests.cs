using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

public sealed class SourceRefreshTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Refresh_NewFeed_StoresEntriesThenRoundTripsETagTo304(DatabaseProvider provider)
    {
        var conditional = new List<string>();
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            conditional.Add(c.Request.Headers.IfNoneMatch.ToString() + "|" + c.Request.Headers.IfModifiedSince);
            if (c.Request.Headers.IfNoneMatch == "\"r1\"")
            {
                return Results.StatusCode(304);
            }

            c.Response.Headers.ETag = "\"r1\"";
            c.Response.Headers.LastModified = "Sun, 22 Nov 2026 04:00:00 GMT";
            return Results.Text(Feeds.Rss(3), "application/rss+xml; charset=utf-8");
        }));
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var first = await p.RefreshAsync(id);
        var afterFirst = await p.SourceAsync(id);
        p.Clock.Advance(TimeSpan.FromHours(3));
        var second = await p.RefreshAsync(id);
        var afterSecond = await p.SourceAsync(id);

        Assert.Equal(RefreshStatus.Updated, first.Status);
        Assert.Equal(3, first.NewArticles);
        Assert.Equal("\"r1\"", afterFirst.ETag);
        Assert.Equal("Sun, 22 Nov 2026 04:00:00 GMT", afterFirst.LastModified);
        Assert.Equal(120, afterFirst.CheckIntervalMinutes);
        Assert.Equal(p.Clock.GetUtcNow().AddHours(-3).AddHours(2), afterFirst.NextCheckAt);
        Assert.Equal(RefreshStatus.Unchanged, second.Status);
        Assert.Equal(p.Clock.GetUtcNow(), afterSecond.LastSuccessAt);
        Assert.Equal(["|", "\"r1\"|Sun, 22 Nov 2026 04:00:00 GMT"], conditional);
        var articles = await p.ArticlesAsync();
        Assert.Equal(["Story item 2", "Story item 1", "Story item 0"], articles.Select(a => a.Title));
        Assert.All(articles, a => Assert.Equal(id, a.SourceId));
        Assert.Equal("item-0", articles[2].FeedGuid);
        Assert.Equal("https://ledger.example/item/0", articles[2].Url);
        Assert.Equal(Feeds.Newest, articles[2].PublishedAt);
        Assert.Equal(Feeds.Body(0), articles[2].Text);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Refresh_FeedWithoutValidators_AddsOnlyNewEntries(DatabaseProvider provider)
    {
        var count = 2;
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Text(Feeds.Rss(count), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var first = await p.RefreshAsync(id);
        count = 4;
        var second = await p.RefreshAsync(id);
        var third = await p.RefreshAsync(id);

        Assert.Equal([2, 2, 0], new[] { first.NewArticles, second.NewArticles, third.NewArticles });
        Assert.Equal(4, (await p.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task Refresh_429WithRetryAfter_ReschedulesWithoutCountingAnError()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        }));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var source = await p.SourceAsync(id);

        Assert.Equal(RefreshStatus.RateLimited, report.Status);
        Assert.Equal(p.Clock.GetUtcNow().AddHours(1), source.NextCheckAt);
        Assert.Equal(0, source.ErrorCount);
        Assert.Contains("429", source.LastError);
        Assert.Equal(1, server.CountOf("/feed"));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Refresh_FeedVanishesWith410_DisabledAtOnceWithReason(DatabaseProvider provider)
    {
        var gone = false;
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => gone ? Results.StatusCode(410) : Results.Text(Feeds.Rss(1), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync(provider);
        var id = await p.AddSourceAsync(server.Url("/feed"));

        await p.RefreshAsync(id);
        gone = true;
        var report = await p.RefreshAsync(id);
        var source = await p.SourceAsync(id);
        var skipped = await p.RefreshAsync(id);

        Assert.Equal(RefreshStatus.Disabled, report.Status);
        Assert.True(source.Disabled);
        Assert.StartsWith("HTTP 410 Gone", source.DisabledReason);
        Assert.Null(source.NextCheckAt);
        Assert.Equal(RefreshStatus.Skipped, skipped.Status);
        Assert.Equal(2, server.CountOf("/feed"));
        Assert.Single(await p.ArticlesAsync());
    }

    [Fact]
    public async Task Refresh_FeedVanishesWith404_DisabledAfterRepeatedMisses()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/other", () => "x"));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var statuses = new List<RefreshStatus>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await p.RefreshAsync(id)).Status);
        }

        Assert.Equal([RefreshStatus.Failed, RefreshStatus.Failed, RefreshStatus.Disabled], statuses);
        Assert.StartsWith("Not found 3 checks in a row", (await p.SourceAsync(id)).DisabledReason);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Refresh_RepeatedFailures_DisablesThenEnableBringsItBack(DatabaseProvider provider)
    {
        var broken = true;
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => broken ? Results.StatusCode(500) : Results.Text(Feeds.Rss(2), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync(provider, new() { ["Scheduling:MaxConsecutiveFailures"] = "3" });
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var reports = new List<RefreshReport>();
        for (var i = 0; i < 3; i++)
        {
            reports.Add(await p.RefreshAsync(id));
            p.Clock.Advance(TimeSpan.FromHours(4));
        }

        var disabled = await p.SourceAsync(id);
        var due = await p.Services.GetRequiredService<RefreshPass>().DueAsync(100, default);
        broken = false;
        var enabled = await p.InScopeAsync(s => s.GetRequiredService<SourceSubscriptions>().EnableAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), default));
        var dueAfterEnable = await p.Services.GetRequiredService<RefreshPass>().DueAsync(100, default);
        var back = await p.RefreshAsync(id);
        var healthy = await p.SourceAsync(id);

        Assert.Equal([RefreshStatus.Failed, RefreshStatus.Failed, RefreshStatus.Disabled], reports.Select(r => r.Status));
        Assert.True(disabled.Disabled);
        Assert.Equal(3, disabled.ErrorCount);
        Assert.Equal("3 failures in a row; last: HTTP 500 Internal Server Error", disabled.DisabledReason);
        Assert.Empty(due);
        Assert.True(enabled.Succeeded);
        Assert.Equal([id], dueAfterEnable);
        Assert.Equal(RefreshStatus.Updated, back.Status);
        Assert.False(healthy.Disabled);
        Assert.Equal(0, healthy.ErrorCount);
        Assert.Null(healthy.LastError);
        Assert.Equal(2, (await p.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task Refresh_NotAFeed_FailsNamingIt()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/page", () => Results.Text("<html><body><p>Hello</p></body></html>", "text/html")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/page"));

        var report = await p.RefreshAsync(id);

        Assert.Equal(RefreshStatus.Failed, report.Status);
        Assert.StartsWith("Not a feed: " + server.Url("/page"), (await p.SourceAsync(id)).LastError);
    }

    [Fact]
    public async Task Refresh_PrivateAddressRefused_RecordedOnTheSource()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Text(Feeds.Rss(1), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync(settings: new() { ["Fetching:AllowPrivateNetworks"] = "false" });
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var source = await p.SourceAsync(id);

        Assert.Equal(RefreshStatus.Failed, report.Status);
        Assert.Contains("private or reserved address", source.LastError);
        Assert.Equal(1, source.ErrorCount);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Refresh_EndlessBody_FailsAtTheCapAndBacksOff()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.ASCII.GetBytes("<rss><channel>" + new string(' ', 8192));
            try
            {
                for (var i = 0; i < 1_000_000 && !c.RequestAborted.IsCancellationRequested; i++)
                {
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        }));
        await using var p = await TestPipeline.CreateAsync(settings: new() { ["Fetching:MaxResponseBytes"] = "262144" });
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var source = await p.SourceAsync(id);

        Assert.Equal(RefreshStatus.Failed, report.Status);
        Assert.Contains("262144 bytes", source.LastError);
        Assert.True(source.NextCheckAt > p.Clock.GetUtcNow());
    }

    [Fact]
    public async Task RefreshPass_ManySources_ChecksEachDueOnceAndReportsAll()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", (string n) => Results.Text(Feeds.Rss(2, prefix: n), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync();
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await p.AddSourceAsync(server.Url($"/feed/{i}"), $"Feed {i}"));
        }

        var pass = p.Services.GetRequiredService<RefreshPass>();
        var summary = await pass.RunAsync(null, null, default);
        var again = await pass.RunAsync(null, null, default);

        Assert.Equal(ids.Order(), summary.Reports.Select(r => r.SourceId).Order());
        Assert.Equal(12, summary.NewArticles);
        Assert.Empty(again.Reports);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Refresh_SourceDeletedMeanwhile_IsSkipped()
    {
        await using var p = await TestPipeline.CreateAsync();
        var report = await p.RefreshAsync(12345);
        Assert.Equal(RefreshStatus.Skipped, report.Status);
    }

}
