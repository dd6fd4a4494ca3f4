using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Pipeline;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

/// <summary>Broken and hostile feeds through the whole refresh path: fetch, parse, store, schedule.
/// Entry links are relative, so their teaser pages are asked of the fixture (404: teaser kept), never of the internet.</summary>
public sealed class HostileFeedTests
{
    private const string Secret = "INTERNAL-SECRET-7731";

    [Fact]
    public async Task Refresh_MalformedXml_StoresEntriesAndKeepsAWarning()
    {
        var broken = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Ports & Harbours</title>
            <item><title>Cranes &nbsp;idle & ferries late</title><link>/a</link><guid>a</guid>
            <description><![CDATA[<p>Dockworkers stayed home on Monday.</p>]]></description></item>
            <item><title>Second story</title><link>/b</link><guid>b</guid><description>Unclosed <b>bold</description></item>
            </channel>
            """;
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Text(broken, "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var articles = await p.ArticlesAsync();

        Assert.Equal(RefreshStatus.Updated, report.Status);
        Assert.StartsWith("Read despite a problem", report.Message);
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Title.StartsWith("Cranes", StringComparison.Ordinal) && a.Text == "Dockworkers stayed home on Monday.");
        Assert.Equal(0, (await p.SourceAsync(id)).ErrorCount);
    }

    [Fact]
    public async Task Refresh_ExternalEntities_AreNeverResolved()
    {
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/secret", () => Secret);
            app.MapGet("/evil.dtd", () => Results.Text($"<!ENTITY remote \"{Secret}\">", "application/xml-dtd"));
            app.MapGet("/feed", (HttpContext c) => Results.Text($"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY file SYSTEM "file:///etc/passwd">
                  <!ENTITY web SYSTEM "http://127.0.0.1:{c.Connection.LocalPort}/secret">
                  <!ENTITY % dtd SYSTEM "http://127.0.0.1:{c.Connection.LocalPort}/evil.dtd">
                  %dtd;
                ]>
                <rss version="2.0"><channel><title>XXE</title>
                <item><title>Leak &file; &web; &remote;</title><guid>x</guid><link>/x</link>
                <description>Body &file; &web; &remote; with enough words to be stored.</description></item>
                </channel></rss>
                """, "application/rss+xml"));
        });
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var articles = await p.ArticlesAsync();

        Assert.NotEqual(RefreshStatus.Skipped, report.Status);
        Assert.DoesNotContain("/secret", server.Requests);
        Assert.DoesNotContain("/evil.dtd", server.Requests);
        Assert.All(articles, a =>
        {
            Assert.DoesNotContain(Secret, a.Title + a.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", a.Title + a.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Refresh_BillionLaughs_IsNotExpanded()
    {
        var dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 10; i++)
        {
            dtd.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        dtd.Append("]>");
        var feed = $"<?xml version=\"1.0\"?>{dtd}<rss version=\"2.0\"><channel><title>Laughs</title>"
            + "<item><title>Boom &lol10;</title><guid>boom</guid><link>/boom</link><description>Body &lol10;</description></item></channel></rss>";
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Text(feed, "application/rss+xml")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);
        var articles = await p.ArticlesAsync();

        Assert.NotEqual(RefreshStatus.Skipped, report.Status);
        // Expanded, the title alone would be 3 * 10^10 characters.
        Assert.All(articles, a => Assert.True(a.Title.Length + a.Text.Length < 10_000, $"{a.Title.Length + a.Text.Length} characters stored"));
    }

    [Fact]
    public async Task Refresh_XmlDeclarationLiesAboutCharset_HttpCharsetWins()
    {
        var encoding = CodePagesEncoding("windows-1251");
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Вести</title>"
            + "<item><title>Новости порта</title><guid>n1</guid><link>/n1</link><description>Краны простаивают.</description></item></channel></rss>";
        var bytes = encoding.GetBytes(xml);
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Bytes(bytes, "application/rss+xml; charset=windows-1251")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        await p.RefreshAsync(id);

        var article = Assert.Single(await p.ArticlesAsync());
        Assert.Equal("Новости порта", article.Title);
        Assert.Equal("Краны простаивают.", article.Text);
    }

    [Fact]
    public async Task Refresh_Latin1BytesServedAsUtf8_EntryStillStored()
    {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Café</title>"
            + "<item><title>Le café du port</title><guid>c1</guid><link>/c1</link><description>Fermé lundi.</description></item></channel></rss>";
        var bytes = Encoding.Latin1.GetBytes(xml);
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.Bytes(bytes, "application/rss+xml; charset=utf-8")));
        await using var p = await TestPipeline.CreateAsync();
        var id = await p.AddSourceAsync(server.Url("/feed"));

        var report = await p.RefreshAsync(id);

        var article = Assert.Single(await p.ArticlesAsync());
        Assert.Equal(RefreshStatus.Updated, report.Status);
        Assert.StartsWith("Le caf", article.Title, StringComparison.Ordinal);
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
