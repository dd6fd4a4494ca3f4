using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>
/// A publisher on a real Kestrel port at 127.0.0.1 for the sources pages: a home page linking two
/// feeds (RSS "World", Atom "Korea"), a page linking none, a feed that is gone, and the OPML files
/// the tests upload. Every request is recorded by the <see cref="FixtureServer"/>.
/// </summary>
public sealed class PublisherSite : IAsyncDisposable
{
    public const string WorldTitle = "Harbor Ledger: World";
    public const string KoreaTitle = "Harbor Ledger: Korea";

    private static readonly DateTimeOffset Newest = new(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);

    private PublisherSite(FixtureServer server) => Server = server;

    public FixtureServer Server { get; }

    /// <summary>What the newsroom needs to fetch from this site: 127.0.0.1 allowed (only it), no per-host pause.</summary>
    public static IReadOnlyDictionary<string, string?> FetchSettings { get; } = new Dictionary<string, string?>
    {
        ["Fetching:AllowedPrivateNetworks:0"] = "127.0.0.1",
        ["Fetching:MinDelayPerHostMilliseconds"] = "0",
        ["Fetching:TimeoutSeconds"] = "10",
    };

    public Uri Home => Server.Url("/");

    public Uri World => Server.Url("/world.xml");

    public Uri Korea => Server.Url("/korea.atom");

    public Uri Gone => Server.Url("/gone.xml");

    public Uri NoFeeds => Server.Url("/about");

    public static async Task<PublisherSite> StartAsync() => new(await FixtureServer.StartAsync(app =>
    {
        app.MapGet("/", () => Results.Content("""
            <!DOCTYPE html><html><head><title>Harbor Ledger</title>
            <link rel="alternate" type="application/rss+xml" title="Harbor Ledger: World" href="/world.xml">
            <link rel="alternate" type="application/atom+xml" title="Harbor Ledger: Korea" href="korea.atom">
            <link rel="stylesheet" href="/site.css">
            </head><body><h1>Harbor Ledger</h1></body></html>
            """, "text/html; charset=utf-8"));
        app.MapGet("/about", () => Results.Content("<!DOCTYPE html><html><head><title>About</title></head><body><p>No feeds here.</p></body></html>", "text/html"));
        app.MapGet("/world.xml", () => Results.Text(Rss(WorldTitle, "world", 3), "application/rss+xml; charset=utf-8"));
        app.MapGet("/korea.atom", () => Results.Text(Atom(KoreaTitle, "korea", 2), "application/atom+xml; charset=utf-8"));
        app.MapGet("/gone.xml", () => Results.StatusCode(404));
    }));

    /// <summary>An OPML file: World in News/World (tagged), Korea at the top, and two outlines Newsdesk cannot follow.</summary>
    public string Opml(params string[] extraOutlines) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <opml version="2.0"><head><title>Exported from another reader</title></head><body>
          <outline text="News"><outline text="World">
            <outline text="Ledger World" title="{WorldTitle}" type="rss" xmlUrl="{World}" htmlUrl="{Home}" category="wires,daily"/>
          </outline></outline>
          <outline text="Ledger Korea" type="rss" xmlUrl="{Korea}"/>
          <outline text="Scripted" type="rss" xmlUrl="javascript:alert(1)"/>
          <outline text="Gopher hole" type="rss" xmlUrl="ftp://ledger.example/feed"/>
          {string.Join("\n", extraOutlines)}
        </body></opml>
        """;

    /// <summary>An article body long enough that no page is fetched for it.</summary>
    public static string Body(string prefix, int i) =>
        string.Join(' ', Enumerable.Repeat($"Report {i} of the {prefix} desk on ferry schedules, harbour cranes and the port authority budget.", 8));

    private static string Rss(string title, string prefix, int count)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://ledger.example/</link>");
        for (var i = 0; i < count; i++)
        {
            var date = Newest.AddHours(-3 * i).ToString("r", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>{prefix} story {i}</title><link>https://ledger.example/{prefix}/{i}</link><guid>{prefix}-{i}</guid><pubDate>{date}</pubDate>");
            sb.Append(CultureInfo.InvariantCulture, $"<description>{Body(prefix, i)}</description></item>");
        }

        return sb.Append("</channel></rss>").ToString();
    }

    private static string Atom(string title, string prefix, int count)
    {
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{title}</title><id>urn:ledger:{prefix}</id><updated>{Newest:yyyy-MM-ddTHH:mm:ssZ}</updated><link href=\"https://ledger.example/{prefix}/\"/>"));
        for (var i = 0; i < count; i++)
        {
            var date = Newest.AddHours(-3 * i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<entry><title>{prefix} story {i}</title><id>urn:ledger:{prefix}:{i}</id><link href=\"https://ledger.example/{prefix}/{i}\"/><updated>{date}</updated>");
            sb.Append(CultureInfo.InvariantCulture, $"<content type=\"text\">{Body(prefix, i)}</content></entry>");
        }

        return sb.Append("</feed>").ToString();
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
