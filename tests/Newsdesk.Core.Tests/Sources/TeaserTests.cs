using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Pipeline;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

public sealed class TeaserTests
{
    private const string Teasers = """
        <rss version="2.0"><channel><title>Harbor Ledger</title>
        <item><title>Cranes idle as talks stall</title><link>/news/cranes</link><guid>cranes</guid><pubDate>Sun, 22 Nov 2026 04:00:00 GMT</pubDate>
        <description>Dockworkers stayed home on Monday. Read more…</description></item>
        <item><title>Members only</title><link>/private/members</link><guid>members</guid><pubDate>Sun, 22 Nov 2026 03:00:00 GMT</pubDate>
        <description>A teaser for subscribers.</description></item>
        </channel></rss>
        """;

    private static readonly string Article = "<html><head><title>Cranes idle as talks stall</title><link rel=\"canonical\" href=\"https://ledger.example/news/cranes\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Cranes idle as talks stall</h1><p class=\"byline\">By Min-ji Park</p>"
        + string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i}: dockworkers stayed home on Monday and the port authority said the cranes would stay idle until both sides sign a new contract covering pay, shifts and automation.</p>"))
        + "</article><footer>Copyright Harbor Ledger</footer></body></html>";

    [Fact]
    public async Task Refresh_TeaserEntries_PageReadWhereRobotsAllows()
    {
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/feed", () => Results.Text(Teasers, "application/rss+xml"));
            app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /private/\n"));
            app.MapGet("/news/cranes", () => Results.Text(Article, "text/html; charset=utf-8"));
            app.MapGet("/private/members", () => Results.Text(Article, "text/html"));
        });
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var articles = await p.ArticlesAsync();

        Assert.Equal(RefreshStatus.Updated, report.Status);
        Assert.Equal(2, report.NewArticles);
        var full = Assert.Single(articles, a => a.FeedGuid == "cranes");
        Assert.Contains("Paragraph 6: dockworkers stayed home", full.Text);
        Assert.DoesNotContain("Read more", full.Text);
        Assert.Equal("//ledger.example/news/cranes", full.CanonicalUrl);
        var teaser = Assert.Single(articles, a => a.FeedGuid == "members");
        Assert.Equal("A teaser for subscribers.", teaser.Text);
        Assert.DoesNotContain("/private/members", server.Requests);
        Assert.Equal(1, server.CountOf("/robots.txt"));
    }

    [Fact]
    public async Task Refresh_TeaserPageMissing_KeepsTheTeaser()
    {
        await using var server = await FixtureServer.StartAsync(app =>
            app.MapGet("/feed", () => Results.Text(Teasers.Replace("/private/members", "/gone", StringComparison.Ordinal), "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);

        Assert.Equal(RefreshStatus.Updated, report.Status);
        Assert.Equal(["A teaser for subscribers.", "Dockworkers stayed home on Monday. Read more…"], (await p.ArticlesAsync()).OrderBy(a => a.FeedGuid == "cranes").Select(a => a.Text));
        Assert.Contains("/news/cranes", server.Requests);
    }
}
