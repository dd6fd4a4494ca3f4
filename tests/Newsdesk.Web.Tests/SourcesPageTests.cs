using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Sources;

namespace Newsdesk.Web.Tests;

/// <summary>The sources pages over HTTP, against a publisher on 127.0.0.1: add with discovery, edit, actions, OPML.</summary>
public sealed class SourcesPageTests : IAsyncLifetime
{
    private PublisherSite _site = null!;
    private NewsroomServer _server = null!;
    private NewsroomClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = await PublisherSite.StartAsync();
        _server = await NewsroomServer.StartAsync(settings: PublisherSite.FetchSettings);
        await _server.AddUserAsync("ada", UserRole.Admin);
        await _server.AddUserAsync("erin", UserRole.Editor);
        _admin = new NewsroomClient(_server);
        await _admin.SignInAsync("ada");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Add_PageAddress_ListsItsFeeds_ThenFollowsTheOneChosen()
    {
        var found = await _admin.PostFormAsync("/sources/add?handler=Find", new Dictionary<string, string> { ["Address"] = _site.Home.ToString() }, "/sources/add");
        var choices = await found.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("Feeds linked from this page (2)", choices, StringComparison.Ordinal);
        Assert.Contains($"value=\"{_site.World}\" checked=\"checked\"", choices, StringComparison.Ordinal);
        Assert.Contains($"value=\"{_site.Korea}\"", choices, StringComparison.Ordinal);
        Assert.Contains(PublisherSite.KoreaTitle, choices, StringComparison.Ordinal);

        var added = await _admin.PostFormAsync("/sources/add", new Dictionary<string, string>
        {
            ["Address"] = _site.Home.ToString(), ["FeedUrl"] = _site.Korea.ToString(), ["Title"] = "", ["Category"] = "Korea/Defense", ["Tags"] = "navy, alliance, Navy",
        });
        var source = await _server.WithDbAsync(db => db.Sources.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/sources#source-{source.Id}", added.Headers.Location?.ToString());
        Assert.Equal(_site.Korea.ToString(), source.Url);
        Assert.Equal(PublisherSite.KoreaTitle, source.Title);
        Assert.Equal("Korea/Defense", source.Category);
        Assert.Equal(["navy", "alliance"], source.Tags);
        var list = await _admin.Http.GetStringAsync("sources");
        Assert.Contains(PublisherSite.KoreaTitle, list, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge health new\">new</span>", list, StringComparison.Ordinal);

        // Asked again, the page shows the feed already followed and preselects the other one.
        var again = await (await _admin.PostFormAsync("/sources/add?handler=Find", new Dictionary<string, string> { ["Address"] = _site.Home.ToString() }, "/sources/add")).Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{_site.Korea}\" disabled=\"disabled\"", again, StringComparison.Ordinal);
        Assert.Contains("already followed: ", again, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sources/{source.Id}/edit\">source {source.Id}</a>", again, StringComparison.Ordinal);
        Assert.Contains($"value=\"{_site.World}\" checked=\"checked\"", again, StringComparison.Ordinal);
        Assert.Equal(2, _site.Server.CountOf("/"));
        Assert.Equal(1, _site.Server.CountOf("/korea.atom"));
    }

    [Fact]
    public async Task Add_PageWithoutFeeds_SaysSoAndFollowsNothing()
    {
        var found = await _admin.PostFormAsync("/sources/add?handler=Find", new Dictionary<string, string> { ["Address"] = _site.NoFeeds.ToString() }, "/sources/add");
        var html = await found.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, found.StatusCode);
        Assert.Contains("links to no feed", html, StringComparison.Ordinal);
        Assert.Equal(0, await _server.WithDbAsync(db => db.Sources.CountAsync()));
    }

    [Fact]
    public async Task Edit_InvalidSelectorIsRefused_ValidFieldsAreSaved()
    {
        var id = await AddSourceAsync(_site.World);

        var refused = await _admin.PostFormAsync($"/sources/{id}/edit", Fields("Ledger", keep: "article .body\ndiv[", remove: ""));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var unchanged = await SourceAsync(id);
        var saved = await _admin.PostFormAsync($"/sources/{id}/edit", Fields("  Ledger World  ", keep: "article .story-body\n.lede", remove: ".promo, aside", category: "News/World", tags: "wires, daily, Wires"));
        var source = await SourceAsync(id);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Keep selectors: &#x27;div[&#x27; is not a valid CSS selector.", refusedHtml, StringComparison.Ordinal);
        Assert.Equal("Fixture", unchanged.Title);
        Assert.Null(unchanged.KeepSelectors);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/sources/{id}/edit", saved.Headers.Location?.ToString());
        Assert.Equal("Ledger World", source.Title);
        Assert.Equal("News/World", source.Category);
        Assert.Equal(["wires", "daily"], source.Tags);
        Assert.Equal("article .story-body\n.lede", source.KeepSelectors);
        Assert.Equal(".promo, aside", source.RemoveSelectors);
        var page = await _admin.Http.GetStringAsync($"sources/{id}/edit");
        Assert.Contains(">article .story-body&#xA;.lede</textarea>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_CheckDisableEnableRemove_FromTheList()
    {
        var id = await AddSourceAsync(_site.World);
        var back = new Dictionary<string, string> { ["Back"] = "/sources?state=new" };

        var check = await _admin.PostFormAsync($"/sources/{id}/edit?handler=Refresh", back, "/sources");
        var checkedSource = await SourceAsync(id);
        var flash = await _admin.Http.GetStringAsync("sources");
        var disable = await _admin.PostFormAsync($"/sources/{id}/edit?handler=Disable", new Dictionary<string, string> { ["Back"] = "/sources", ["Reason"] = "Paywalled since May" }, "/sources");
        var disabled = await SourceAsync(id);
        var disabledList = await _admin.Http.GetStringAsync("sources?state=disabled");
        var enable = await _admin.PostFormAsync($"/sources/{id}/edit?handler=Enable", new Dictionary<string, string> { ["Back"] = "https://evil.example/sources" }, "/sources");
        var enabled = await SourceAsync(id);
        var remove = await _admin.PostFormAsync($"/sources/{id}/edit?handler=Remove", new Dictionary<string, string>(), $"/sources/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, check.StatusCode);
        Assert.Equal($"/sources?state=new#source-{id}", check.Headers.Location?.ToString());
        Assert.Equal(_server.Clock.GetUtcNow(), checkedSource.LastSuccessAt);
        Assert.Contains("Checked Fixture: 3 new articles.", flash, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/?source={id}\">3</a>", flash, StringComparison.Ordinal);
        Assert.Equal(1, _site.Server.CountOf("/world.xml"));

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.True(disabled.Disabled);
        Assert.Equal("Paywalled since May", disabled.DisabledReason);
        Assert.Null(disabled.NextCheckAt);
        Assert.Contains("Paywalled since May", disabledList, StringComparison.Ordinal);

        Assert.Equal($"/sources/{id}/edit", enable.Headers.Location?.ToString());
        Assert.False(enabled.Disabled);
        Assert.Equal(_server.Clock.GetUtcNow(), enabled.NextCheckAt);

        Assert.Equal("/sources", remove.Headers.Location?.ToString());
        Assert.Equal(0, await _server.WithDbAsync(db => db.Sources.CountAsync()));
        Assert.Equal(3, await _server.WithDbAsync(db => db.Articles.CountAsync(a => a.SourceId == null)));
    }

    [Fact]
    public async Task Import_Opml_ReportsEachOutlineNotImported_AndExportRoundTrips()
    {
        await AddSourceAsync(_site.Korea);

        var import = await UploadAsync(_site.Opml(), "reader.opml");
        var report = await import.Content.ReadAsStringAsync();
        var notOpml = await UploadAsync("<html><body>not a list</body></html>", "page.html");
        var export = await _admin.GetAsync("/sources/export.opml");
        var opml = await export.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("<strong>1</strong> added · <strong>1</strong> already followed · <strong>2</strong> not imported", report, StringComparison.Ordinal);
        Assert.Contains("Outline &quot;Scripted&quot;: &#x27;javascript:alert(1)&#x27; is not an http or https feed URL; skipped.", report, StringComparison.Ordinal);
        Assert.Contains("Outline &quot;Gopher hole&quot;: &#x27;ftp://ledger.example/feed&#x27; is not an http or https feed URL; skipped.", report, StringComparison.Ordinal);
        var world = await _server.WithDbAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Url == _site.World.ToString()));
        Assert.Equal("News/World", world.Category);
        Assert.Equal(["wires", "daily"], world.Tags);
        Assert.Equal(HttpStatusCode.BadRequest, notOpml.StatusCode);
        Assert.Contains("Not an OPML file", await notOpml.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("text/x-opml", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("newsdesk-sources-2026-11-22.opml", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var doc = System.Xml.Linq.XDocument.Parse(opml);
        var folder = doc.Descendants("outline").Single(o => (string?)o.Attribute("text") == "World");
        Assert.Equal(_site.World.ToString(), folder.Elements("outline").Single().Attribute("xmlUrl")?.Value);
        Assert.Equal("News", (string?)folder.Parent?.Attribute("text"));
        Assert.Contains(doc.Descendants("outline"), o => (string?)o.Attribute("xmlUrl") == _site.Korea.ToString());
    }

    [Fact]
    public async Task Editor_ReadsHealthAndExports_ButGetsNoActions()
    {
        var id = await AddSourceAsync(_site.World);
        using var editor = new NewsroomClient(_server);
        await editor.SignInAsync("erin");

        var list = await editor.Http.GetStringAsync("sources");
        var export = await editor.GetAsync("/sources/export.opml");
        var edit = await editor.GetAsync($"/sources/{id}/edit");
        var adminList = await _admin.Http.GetStringAsync("sources");

        Assert.Contains("Fixture", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Check now", list, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken\" type=\"hidden\"", list.Split("<main")[1], StringComparison.Ordinal);
        Assert.Contains("Check now", adminList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("/account/denied", edit.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task<long> AddSourceAsync(Uri url) => await _server.WithDbAsync(async db =>
    {
        var source = new Source { Kind = SourceKind.Feed, Url = url.ToString(), Title = "Fixture", CreatedAt = _server.Clock.GetUtcNow(), NextCheckAt = _server.Clock.GetUtcNow() };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    });

    private Task<Source> SourceAsync(long id) => _server.WithDbAsync(db => db.Sources.AsNoTracking().SingleAsync(s => s.Id == id));

    private static Dictionary<string, string> Fields(string title, string keep, string remove, string category = "", string tags = "") => new()
    {
        ["Title"] = title, ["Category"] = category, ["Tags"] = tags, ["KeepSelectors"] = keep, ["RemoveSelectors"] = remove,
    };

    private async Task<HttpResponseMessage> UploadAsync(string content, string fileName)
    {
        var token = await _admin.AntiforgeryTokenAsync("/sources/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Upload", fileName },
        };
        return await _admin.Http.PostAsync("sources/import", form);
    }
}
