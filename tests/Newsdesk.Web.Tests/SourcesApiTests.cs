using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

/// <summary>/api/sources with bearer tokens against a publisher on 127.0.0.1; failures as ProblemDetails.</summary>
public sealed class SourcesApiTests : IAsyncLifetime
{
    private PublisherSite _site = null!;
    private NewsroomServer _server = null!;
    private HttpClient _admin = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        _site = await PublisherSite.StartAsync();
        _server = await NewsroomServer.StartAsync(settings: PublisherSite.FetchSettings);
        await _server.AddUserAsync("ada", UserRole.Admin);
        await _server.AddUserAsync("erin", UserRole.Editor);
        _admin = Client(await _server.CreateTokenAsync("ada"));
        _editor = Client(await _server.CreateTokenAsync("erin"));
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        _editor.Dispose();
        await _server.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task FollowEditCheckDisableRemove_ThroughTheApi()
    {
        var discovered = await _admin.PostAsJsonAsync("api/sources/discover", new { url = _site.Home });
        var search = await discovered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, discovered.StatusCode);
        Assert.False(search.GetProperty("isFeed").GetBoolean());
        Assert.Equal([_site.World.ToString(), _site.Korea.ToString()], search.GetProperty("feeds").EnumerateArray().Select(f => f.GetProperty("url").GetString()));

        var created = await _admin.PostAsJsonAsync("api/sources", new { url = _site.Home, category = "News", tags = new[] { "wires" } });
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = source.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/sources/{id}", created.Headers.Location?.ToString());
        Assert.Equal(_site.World.ToString(), source.GetProperty("url").GetString());
        Assert.Equal(PublisherSite.WorldTitle, source.GetProperty("title").GetString());
        Assert.Equal("New", source.GetProperty("state").GetString());

        var duplicate = await _admin.PostAsJsonAsync("api/sources", new { url = _site.World });
        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "Already following");

        var badSelector = await _admin.PutAsJsonAsync($"api/sources/{id}", new { title = "World", keepSelectors = "main >" });
        await AssertProblemAsync(badSelector, HttpStatusCode.BadRequest, "is not a valid CSS selector");
        var edited = await _admin.PutAsJsonAsync($"api/sources/{id}", new { title = "Ledger World", category = "News/World", tags = new[] { "wires", "daily" }, removeSelectors = ".promo" });
        var afterEdit = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Ledger World", afterEdit.GetProperty("title").GetString());
        Assert.Equal(".promo", afterEdit.GetProperty("removeSelectors").GetString());
        Assert.Equal(JsonValueKind.Null, afterEdit.GetProperty("keepSelectors").ValueKind);

        var checkedNow = await (await _admin.PostAsync($"api/sources/{id}/refresh", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Updated", checkedNow.GetProperty("status").GetString());
        Assert.Equal(3, checkedNow.GetProperty("newArticles").GetInt32());

        var disabled = await (await _admin.PostAsJsonAsync($"api/sources/{id}/disable", new { reason = "Paywalled" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal("Paywalled", disabled.GetProperty("disabledReason").GetString());
        var list = await _editor.GetFromJsonAsync<JsonElement>("api/sources?state=disabled");
        Assert.Equal(1, list.GetProperty("matching").GetInt32());
        Assert.Equal(3, list.GetProperty("sources")[0].GetProperty("articleCount").GetInt32());
        Assert.Equal(1, list.GetProperty("counts").GetProperty("Disabled").GetInt32());
        var enabled = await (await _admin.PostAsync($"api/sources/{id}/enable", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ok", enabled.GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"api/sources/{id}")).StatusCode);
        await AssertProblemAsync(await _admin.GetAsync($"api/sources/{id}"), HttpStatusCode.NotFound, $"Source {id}");
        await AssertProblemAsync(await _admin.DeleteAsync($"api/sources/{id}"), HttpStatusCode.NotFound, "No source has the id");
        await AssertProblemAsync(await _admin.PostAsync($"api/sources/{id}/refresh", null), HttpStatusCode.NotFound, $"Source {id}");
    }

    [Fact]
    public async Task Opml_ImportReportsSkippedOutlines_ExportListsEveryFeed()
    {
        var import = await _admin.PostAsync("api/sources/opml", new StringContent(_site.Opml(), Encoding.UTF8, "text/x-opml"));
        var report = await import.Content.ReadFromJsonAsync<JsonElement>();
        var empty = await _admin.PostAsync("api/sources/opml", new StringContent("not xml at all", Encoding.UTF8, "text/plain"));
        var export = await _editor.GetAsync("api/sources/opml");
        var opml = System.Xml.Linq.XDocument.Parse(await export.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        Assert.Equal(2, report.GetProperty("problems").GetArrayLength());
        Assert.Contains("Scripted", report.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        var problem = await AssertProblemAsync(empty, HttpStatusCode.BadRequest, "Not an OPML file");
        Assert.Equal(1, problem.GetProperty("problems").GetArrayLength());
        Assert.Equal("text/x-opml", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal([_site.Korea.ToString(), _site.World.ToString()], opml.Descendants("outline").Select(o => (string?)o.Attribute("xmlUrl")).OfType<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Editor_Reads_AdminWrites_AndOpenApiDescribesSources()
    {
        var refused = await _editor.PostAsJsonAsync("api/sources", new { url = _site.World });
        var badUrl = await _admin.PostAsJsonAsync("api/sources", new { url = "ftp://ledger.example/feed" });
        var badState = await _editor.GetAsync("api/sources?state=sleepy");
        var openapi = await _editor.GetFromJsonAsync<JsonElement>("api/openapi/v1.json");
        var paths = openapi.GetProperty("paths");

        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "role");
        await AssertProblemAsync(badUrl, HttpStatusCode.BadRequest, "is not an http or https URL");
        await AssertProblemAsync(badState, HttpStatusCode.BadRequest, "state is new, ok, failing or disabled");
        Assert.Equal(["get", "post"], paths.GetProperty("/api/sources").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["delete", "get", "put"], paths.GetProperty("/api/sources/{id}").EnumerateObject().Select(p => p.Name).Order());
        Assert.True(paths.TryGetProperty("/api/sources/{id}/refresh", out _));
        Assert.True(paths.GetProperty("/api/sources/opml").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/x-opml", out _));
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
