using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Sources;

public sealed class SourcesCommandTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Harbor Ledger</title><link>https://ledger.example/</link>
        <item><title>Cranes idle</title><link>/a</link><guid>a</guid><pubDate>Sun, 22 Nov 2026 04:00:00 GMT</pubDate>
        <description>Dockworkers stayed home on Monday, and the port authority said the cranes would stay idle until the new contract is signed by both sides, which could take weeks of talks over pay, shifts and the automation plan that started the dispute last spring.</description></item>
        <item><title>Ferries late</title><link>/b</link><guid>b</guid><pubDate>Sun, 22 Nov 2026 02:00:00 GMT</pubDate>
        <description>Morning ferries ran forty minutes late because of fog in the outer harbour, the operator said, adding that the evening timetable would run as normal unless the fog returned after dark, which forecasters thought unlikely given the wind shift expected by noon.</description></item>
        </channel></rss>
        """;

    private static Task<FixtureServer> StartAsync() => FixtureServer.StartAsync(app =>
    {
        app.MapGet("/feed.xml", () => Results.Text(Rss, "application/rss+xml"));
        app.MapGet("/blog", () => Results.Text("""<html><head><link rel="alternate" type="application/rss+xml" title="Ledger" href="/feed.xml"></head><body>Hi</body></html>""", "text/html"));
    });

    [Fact]
    public async Task Add_ThenListAndRefresh_StoresArticlesAndShowsHealth()
    {
        await using var server = await StartAsync();
        using var cli = new CliFixture();

        var add = await cli.RunAsync("sources", "add", server.Url("/feed.xml").ToString(), "--title", "Ledger (ports)", "--category", "Korea/Ports", "--tag", "ports", "--tag", "labour");
        var refresh = await cli.RunAsync("refresh", "--json");
        var list = await cli.RunAsync("sources", "list", "--json");
        var articles = await cli.RunAsync("articles", "--json");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("Added source 1: Ledger (ports)", add.StandardOutput);
        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        using var report = JsonDocument.Parse(refresh.StandardOutput.Trim());
        Assert.Equal("Updated", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, report.RootElement.GetProperty("newArticles").GetInt32());
        using var row = JsonDocument.Parse(list.StandardOutput.Trim());
        var source = row.RootElement;
        Assert.Equal("Korea/Ports", source.GetProperty("category").GetString());
        Assert.Equal(["ports", "labour"], source.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.String, source.GetProperty("lastSuccessAt").ValueKind);
        Assert.Equal(JsonValueKind.String, source.GetProperty("nextCheckAt").ValueKind);
        Assert.Equal(0, source.GetProperty("errorCount").GetInt32());
        Assert.Equal(2, articles.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Add_Duplicate_RefusedNamingIt()
    {
        await using var server = await StartAsync();
        using var cli = new CliFixture();
        var url = server.Url("/feed.xml").ToString();

        await cli.RunAsync("sources", "add", url);
        var again = await cli.RunAsync("sources", "add", url);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"Already following {url} (source 1: Harbor Ledger)", again.StandardError);
    }

    [Fact]
    public async Task Add_PageUrl_DiscoversItsFeed()
    {
        await using var server = await StartAsync();
        using var cli = new CliFixture();

        var add = await cli.RunAsync("sources", "add", server.Url("/blog").ToString());

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains($"Harbor Ledger ({server.Url("/feed.xml")})", add.StandardOutput);
    }

    [Fact]
    public async Task Add_BadInput_ExplainsWhatIsWrong()
    {
        await using var server = await StartAsync();
        // A site with no feed anywhere: the page links none and the usual feed paths are 404.
        await using var bare = await FixtureServer.StartAsync(app => app.MapGet("/plain", () => Results.Text("<html><body>Nothing</body></html>", "text/html")));
        using var cli = new CliFixture();
        var closed = $"http://127.0.0.1:{ProcessRunner.FreePort()}/feed";

        var unreachable = await cli.RunAsync("sources", "add", closed);
        var notAFeed = await cli.RunAsync("sources", "add", bare.Url("/plain").ToString());
        var notHttp = await cli.RunAsync("sources", "add", "ftp://example.org/feed");
        var missing = await cli.RunAsync("sources", "add", server.Url("/nothing").ToString());

        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains($"Cannot add {closed}: 127.0.0.1 refused the connection", unreachable.StandardError);
        Assert.Equal(1, notAFeed.ExitCode);
        Assert.Contains($"{bare.Url("/plain")} is not a feed", notAFeed.StandardError);
        Assert.Contains("'ftp://example.org/feed' is not an http or https URL", notHttp.StandardError);
        Assert.Contains("HTTP 404 Not Found", missing.StandardError);
    }

    [Fact]
    public async Task Add_PrivateAddressWithoutSetting_IsRefused()
    {
        await using var server = await StartAsync();
        using var cli = new CliFixture(("Newsdesk__Fetching__AllowPrivateNetworks", "false"));

        var add = await cli.RunAsync("sources", "add", server.Url("/feed.xml").ToString());

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("private or reserved address", add.StandardError);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task RemoveAndEnable_UnknownOrKnownSource_Report()
    {
        await using var server = await StartAsync();
        using var cli = new CliFixture();
        await cli.RunAsync("sources", "add", server.Url("/feed.xml").ToString());

        var enable = await cli.RunAsync("sources", "enable", "1");
        var unknown = await cli.RunAsync("sources", "remove", "99");
        var remove = await cli.RunAsync("sources", "remove", server.Url("/feed.xml").ToString());
        var list = await cli.RunAsync("sources", "list", "--json");
        var refreshMissing = await cli.RunAsync("refresh", "--source", "1");

        Assert.Contains("Enabled source 1", enable.StandardOutput);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No source has the id or URL '99'", unknown.StandardError);
        Assert.Contains("Removed source 1: Harbor Ledger", remove.StandardOutput);
        Assert.Equal("", list.StandardOutput.Trim());
        Assert.Equal(1, refreshMissing.ExitCode);
    }
}
