using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

/// <summary>The JSON API with bearer tokens: compose and publish, conflicts and bad input as ProblemDetails.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private NewsroomServer _server = null!;
    private NewsroomData _data = null!;
    private HttpClient _editor = null!;
    private HttpClient _viewer = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsroomServer.StartAsync();
        _data = await _server.SeedAsync();
        await _server.AddUserAsync("erin", UserRole.Editor);
        await _server.AddUserAsync("vic", UserRole.Viewer);
        _editor = Client(await _server.CreateTokenAsync("erin"));
        _viewer = Client(await _server.CreateTokenAsync("vic"));
    }

    public async Task DisposeAsync()
    {
        _editor.Dispose();
        _viewer.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Briefs_StartFromTheDaysStories_ThroughTheApi()
    {
        var created = await _editor.PostAsJsonAsync("api/briefs", new { date = "2026-11-22", title = "Drafted", fromStories = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        var doc = await _viewer.GetFromJsonAsync<JsonElement>($"api/briefs/{id}");
        var items = doc.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(body.GetProperty("items").GetInt32(), items.Count);
        Assert.True(items.Count >= 2, $"{items.Count} items");
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("number").GetInt32()));
        Assert.Contains(items, i => i.GetProperty("storyId").GetInt64() == _data.StoryIds[0]);

        var none = await _editor.PostAsJsonAsync("api/briefs", new { date = "2026-01-05", fromStories = true });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("no stored articles are dated 2026-01-05", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Briefs_ComposeAndPublish_ThroughTheApi()
    {
        var created = await _editor.PostAsJsonAsync("api/briefs", new { date = "2026-11-22", title = "API brief" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        foreach (var story in _data.StoryIds.Take(3))
        {
            var added = await _editor.PostAsJsonAsync($"api/briefs/{id}/items", new { storyId = story });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        var brief = await _editor.GetFromJsonAsync<JsonElement>($"api/briefs/{id}");
        var version = brief.GetProperty("version").GetInt32();
        var items = brief.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetInt64()).Reverse().ToList();
        var save = await _editor.PutAsJsonAsync($"api/briefs/{id}", new
        {
            version,
            title = "API brief",
            intro = "Three things.",
            items = items.Select((itemId, n) => new { itemId, commentary = $"Note {n}", excerptMode = "Summary" }),
            quoteIds = _data.QuoteIds.Take(1),
        });
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var newVersion = (await save.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(version + 1, newVersion);

        var published = await _editor.PostAsJsonAsync($"api/briefs/{id}/publish", new { version = newVersion });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("/archive/2026-11-22", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString());
        var doc = await _viewer.GetFromJsonAsync<JsonElement>($"api/briefs/{id}");
        Assert.Equal(items, doc.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetInt64()));
        Assert.Equal("Note 0", doc.GetProperty("items")[0].GetProperty("commentary").GetString());
        Assert.Single(doc.GetProperty("quotes").EnumerateArray());
    }

    [Fact]
    public async Task Save_WithStaleVersion_Is409ProblemWithCurrentVersion()
    {
        var created = await _editor.PostAsJsonAsync("api/briefs", new { title = "Stale" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var first = await _editor.PutAsJsonAsync($"api/briefs/{id}", new { version = 1, title = "First editor" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await _editor.PutAsJsonAsync($"api/briefs/{id}", new { version = 1, title = "Second editor" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("not saved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await _viewer.GetFromJsonAsync<JsonElement>($"api/briefs/{id}");
        Assert.Equal("First editor", stored.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("PUT", "{\"version\":1,\"title\":\"\"}", "title is required")]
    [InlineData("PUT", "{\"version\":1,\"title\":\"x\",\"items\":[{\"itemId\":999999}]}", "is not part of this brief")]
    [InlineData("POST-ITEM", "{}", "Say which story or article")]
    [InlineData("POST-ITEM", "{\"articleId\":999999}", "does not exist")]
    public async Task BadInput_IsAProblemWithAMessage(string kind, string body, string expected)
    {
        var created = await _editor.PostAsJsonAsync("api/briefs", new { title = "Bad input" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = kind == "PUT"
            ? await _editor.PutAsync($"api/briefs/{id}", content)
            : await _editor.PostAsync($"api/briefs/{id}/items", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_Is401_AndViewerCannotWrite()
    {
        using var stranger = Client("nd_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("api/me")).StatusCode);
        var me = await _viewer.GetFromJsonAsync<JsonElement>("api/me");
        Assert.Equal("viewer", me.GetProperty("role").GetString());
        var refused = await _viewer.PostAsJsonAsync("api/briefs", new { title = "No" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InboxStoriesSearchAndOpenApi_Answer()
    {
        var inbox = await _viewer.GetFromJsonAsync<JsonElement>("api/inbox?read=unread");
        Assert.Equal(_data.StoryIds.Count + 1, inbox.GetProperty("stories").GetArrayLength());
        Assert.Equal([(_data.StoryIds[2], 1)], inbox.GetProperty("stories").EnumerateArray()
            .Where(s => s.GetProperty("joinsToCheck").GetInt32() > 0).Select(s => (s.GetProperty("id").GetInt64(), s.GetProperty("joinsToCheck").GetInt32())));
        var story = await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{_data.StoryIds[0]}");
        Assert.Equal(3, story.GetProperty("articles").GetArrayLength());
        var costs = await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{_data.StoryIds[2]}");
        Assert.Equal(["Cost-sharing round ends without deal"], costs.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("checkJoin").GetBoolean()).Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("Report", costs.GetProperty("articles")[0].GetProperty("genre").GetString());
        // Capital Wire's pickup of the Harbor Ledger report is folded into it unless every copy is asked for.
        var search = await _viewer.GetFromJsonAsync<JsonElement>("api/search?q=%22loudspeaker%20arrays%22");
        var hit = Assert.Single(search.GetProperty("hits").EnumerateArray());
        Assert.Equal("Harbor Ledger", hit.GetProperty("outlet").GetString());
        Assert.Equal(["Capital Wire"], hit.GetProperty("alsoCarriedBy").EnumerateArray().Select(o => o.GetString()));
        var everyCopy = await _viewer.GetFromJsonAsync<JsonElement>("api/search?q=%22loudspeaker%20arrays%22&copies=true");
        Assert.Equal(2, everyCopy.GetProperty("hits").GetArrayLength());
        var original = await _viewer.GetFromJsonAsync<JsonElement>($"api/articles/{hit.GetProperty("articleId").GetInt64()}");
        var copyId = Assert.Single(original.GetProperty("copies").EnumerateArray()).GetProperty("id").GetInt64();
        var copy = await _viewer.GetFromJsonAsync<JsonElement>($"api/articles/{copyId}");
        Assert.Equal(original.GetProperty("id").GetInt64(), copy.GetProperty("copyOfId").GetInt64());
        Assert.Equal(0.8, copy.GetProperty("verbatimShare").GetDouble());
        Assert.Empty(copy.GetProperty("copies").EnumerateArray());
        var badSearch = await _viewer.GetAsync("api/search?q=-only");
        Assert.Equal(HttpStatusCode.BadRequest, badSearch.StatusCode);
        var openapi = await _viewer.GetFromJsonAsync<JsonElement>("api/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/briefs/{id}", paths);
        Assert.Contains("/api/search", paths);
    }

    [Fact]
    public async Task StoryCorrections_MoveMergeAndUnmerge_ThroughTheApi()
    {
        var (first, second) = (_data.StoryIds[0], _data.StoryIds[1]);
        var story = await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}");
        var article = story.GetProperty("articles")[2].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.PostAsJsonAsync($"api/articles/{article}/move", new { })).StatusCode);
        var moved = await _editor.PostAsJsonAsync($"api/articles/{article}/move", new { });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var own = (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storyId").GetInt64();
        Assert.NotEqual(first, own);
        Assert.Equal(2, (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}")).GetProperty("articles").GetArrayLength());
        var ownStory = await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{own}");
        Assert.Equal([article], ownStory.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));

        var missing = await _editor.PostAsJsonAsync("api/articles/987654/move", new { into = first });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("article 987654 does not exist", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _editor.PostAsJsonAsync($"api/stories/{second}/merge", new { into = first })).StatusCode);
        Assert.Equal(2 + 2, (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}")).GetProperty("articles").GetArrayLength());
        var again = await _editor.PostAsJsonAsync($"api/stories/{second}/merge", new { into = first });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already merged", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.PostAsJsonAsync("api/stories/987654/merge", new { into = first })).StatusCode);

        // The story's history, newest first, names the token's user; the refused merge left no entry.
        var history = (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}/history")).EnumerateArray().ToList();
        Assert.Equal(["MergedIn", "MovedOut"], history.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(["erin", "erin"], history.Select(c => c.GetProperty("by").GetString()));
        Assert.Equal((article, own), (history[1].GetProperty("articleId").GetInt64(), history[1].GetProperty("otherStoryId").GetInt64()));
        Assert.Equal($"erin merged story {second} into this one (2 articles).", history[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _viewer.GetAsync("api/stories/987654/history")).StatusCode);

        // The merge undone: the two articles it moved go back, and both histories say so.
        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.PostAsJsonAsync($"api/stories/{second}/unmerge", new { })).StatusCode);
        var unmerged = await _editor.PostAsJsonAsync($"api/stories/{second}/unmerge", new { });
        Assert.Equal(HttpStatusCode.OK, unmerged.StatusCode);
        var body = await unmerged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((second, first, 2), (body.GetProperty("storyId").GetInt64(), body.GetProperty("from").GetInt64(), body.GetProperty("articles").GetInt32()));
        Assert.Equal(2, (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}")).GetProperty("articles").GetArrayLength());
        Assert.Equal(2, (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{second}")).GetProperty("articles").GetArrayLength());
        var twice = await _editor.PostAsJsonAsync($"api/stories/{second}/unmerge", new { });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains($"story {second} is not merged into another story", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.PostAsJsonAsync("api/stories/987654/unmerge", new { })).StatusCode);
        Assert.Equal("UnmergedOut", (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{first}/history"))[0].GetProperty("kind").GetString());
        Assert.Equal($"erin undid this story's merge into story {first}: 2 articles came back.",
            (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{second}/history"))[0].GetProperty("text").GetString());

        // A join to check, confirmed by an editor: it stays, and is no longer one to check.
        var costs = _data.StoryIds[2];
        var weak = (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{costs}")).GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("checkJoin").GetBoolean()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await _viewer.PostAsJsonAsync($"api/articles/{weak}/confirm", new { })).StatusCode);
        var confirmed = await _editor.PostAsJsonAsync($"api/articles/{weak}/confirm", new { });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(costs, (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storyId").GetInt64());
        var after = (await _viewer.GetFromJsonAsync<JsonElement>($"api/stories/{costs}")).GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(4, after.Count);
        Assert.DoesNotContain(after, a => a.GetProperty("checkJoin").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.PostAsJsonAsync("api/articles/987654/confirm", new { })).StatusCode);
    }

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
