using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>
/// Email in the newsroom: the public unsubscribe page (confirm form, and the one-click POST mail
/// clients send), the send endpoint and composer button against smtp-sink, and who may use them.
/// </summary>
public sealed class EmailTests
{
    private static HttpClient Client(NewsroomServer server, string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseUrl + "/") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A newsroom that mails through <paramref name="sink"/>, with any further settings.</summary>
    private static Task<NewsroomServer> MailingServerAsync(SmtpSink sink, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "desk@newsdesk.test",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return NewsroomServer.StartAsync(settings: settings);
    }

    private static async Task<Subscriber> SubscribeAsync(NewsroomServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<MailingList>().AddAsync(email, null, default);
        return change.Subscriber!;
    }

    private static Task<SubscriberStatus> StatusAsync(NewsroomServer server, string email) =>
        server.WithDbAsync(db => db.Subscribers.Where(s => s.Email == email).Select(s => s.Status).SingleAsync());

    /// <summary>A brief of two stories through the API; published unless <paramref name="publish"/> is false.</summary>
    /// <summary>Polls a send's progress (the API's, or the composer's status handler) until it is no longer running.</summary>
    private static async Task<JsonElement> FinishedAsync(HttpClient client, long brief, string? path = null)
    {
        for (var i = 0; i < 300; i++)
        {
            var progress = await client.GetFromJsonAsync<JsonElement>(path ?? $"api/briefs/{brief}/send");
            if (!progress.GetProperty("running").GetBoolean())
            {
                return progress;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"brief {brief} was still being sent after 30 s");
    }

    private static async Task<long> BriefAsync(HttpClient editor, NewsroomData data, string date, bool publish = true)
    {
        var created = await editor.PostAsJsonAsync("api/briefs", new { date, title = "Korea Security Brief" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var version = 0;
        foreach (var story in data.StoryIds.Take(2))
        {
            var added = await editor.PostAsJsonAsync($"api/briefs/{id}/items", new { storyId = story });
            version = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        }

        if (publish)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"api/briefs/{id}/publish", new { version })).StatusCode);
        }

        return id;
    }

    [Fact]
    public async Task UnsubscribePage_Anonymous_GetAsks_PostConfirms()
    {
        await using var server = await NewsroomServer.StartAsync();
        var reader = await SubscribeAsync(server, "ann@example.org");
        using var anonymous = new NewsroomClient(server);

        var page = await anonymous.GetAsync($"/unsubscribe/{reader.UnsubscribeToken}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("ann@example.org", html, StringComparison.Ordinal);
        Assert.Contains("id=\"confirm-unsubscribe\"", html, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Active, await StatusAsync(server, "ann@example.org"));

        var forged = await anonymous.Http.PostAsync($"unsubscribe/{reader.UnsubscribeToken}", new FormUrlEncodedContent([new("x", "y")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(SubscriberStatus.Active, await StatusAsync(server, "ann@example.org"));

        var confirmed = await anonymous.PostFormAsync($"/unsubscribe/{reader.UnsubscribeToken}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("You are unsubscribed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Unsubscribed, await StatusAsync(server, "ann@example.org"));
    }

    [Fact]
    public async Task UnsubscribeOneClick_WorksWithoutAntiforgery_AndUnknownTokensAre404()
    {
        await using var server = await NewsroomServer.StartAsync();
        var reader = await SubscribeAsync(server, "bo@example.org");
        using var mailClient = Client(server);

        var oneClick = await mailClient.PostAsync($"unsubscribe/{reader.UnsubscribeToken}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal("Unsubscribed bo@example.org.", await oneClick.Content.ReadAsStringAsync());
        Assert.Equal(SubscriberStatus.Unsubscribed, await StatusAsync(server, "bo@example.org"));
        Assert.Equal(HttpStatusCode.NotFound, (await mailClient.GetAsync("unsubscribe/no-such-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mailClient.PostAsync("unsubscribe/no-such-token", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode);
    }

    [Fact]
    public async Task SendAndSubscribers_RefuseAnonymousViewersAndEditorsWhereAdminOnly()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("vic", UserRole.Viewer);
        await server.AddUserAsync("erin", UserRole.Editor);
        using var anonymous = Client(server);
        using var viewer = Client(server, await server.CreateTokenAsync("vic"));
        using var editor = Client(server, await server.CreateTokenAsync("erin"));
        var brief = await BriefAsync(editor, data, "2026-11-22");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"api/briefs/{brief}/send", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"api/briefs/{brief}/send", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("api/subscribers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("api/subscribers", new { email = "x@example.org" })).StatusCode);

        // An editor may send; without SMTP settings nothing goes out and the reason is given.
        var unconfigured = await editor.PostAsJsonAsync($"api/briefs/{brief}/send", new { });
        Assert.Equal(HttpStatusCode.BadRequest, unconfigured.StatusCode);
        Assert.StartsWith("No SMTP server is configured", (await unconfigured.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var viewerPage = new NewsroomClient(server);
        await viewerPage.SignInAsync("vic");
        var denied = await viewerPage.Http.PostAsync($"briefs/{brief}/edit?handler=Send", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [RequiresFact(Component.SmtpSink)]
    public async Task SendEndpointAndComposerButton_SendEachSubscriberOneMessage_Once()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var server = await MailingServerAsync(sink, ("Newsroom:PublicBaseUrl", "https://desk.example"));
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        await server.AddUserAsync("ada", UserRole.Admin);
        using var editor = Client(server, await server.CreateTokenAsync("erin"));
        using var admin = Client(server, await server.CreateTokenAsync("ada"));

        var added = await admin.PostAsJsonAsync("api/subscribers", new { email = "ann@example.org", name = "Ann" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/subscribers", new { email = "bo@example.org" })).StatusCode);
        var duplicate = await admin.PostAsJsonAsync("api/subscribers", new { email = "ANN@example.org" });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal("AlreadySubscribed", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        var bad = await admin.PostAsJsonAsync("api/subscribers", new { email = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("'nope' is not an email address.", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/subscribers", new { email = "gone@example.org" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("api/subscribers/gone%40example.org")).StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("api/subscribers");
        Assert.Equal(["ann@example.org Active", "bo@example.org Active", "gone@example.org Unsubscribed"],
            listed.EnumerateArray().Select(s => s.GetProperty("email").GetString() + " " + s.GetProperty("status").GetString()));

        var draft = await BriefAsync(editor, data, "2026-11-21", publish: false);
        var refused = await editor.PostAsJsonAsync($"api/briefs/{draft}/send", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is a draft", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(sink.Messages());

        var brief = await BriefAsync(editor, data, "2026-11-22");
        var sent = await editor.PostAsJsonAsync($"api/briefs/{brief}/send", new { });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal($"/api/briefs/{brief}/send", sent.Headers.Location?.OriginalString);
        Assert.True((await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("started").GetBoolean());
        var result = (await FinishedAsync(editor, brief)).GetProperty("last");
        Assert.Equal((2, 0, 0), (result.GetProperty("sent").GetInt32(), result.GetProperty("alreadySent").GetInt32(), result.GetProperty("failed").GetInt32()));
        var mails = sink.Messages().Select(MailDump.Parse).ToList();
        Assert.Equal(["ann@example.org", "bo@example.org"], mails.Select(m => Assert.Single(m.Recipients)).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.StartsWith("<https://desk.example/unsubscribe/", m.Header("List-Unsubscribe"), StringComparison.Ordinal));

        // The composer of the published brief offers the send; everyone has it now, so it sends nothing.
        using var page = new NewsroomClient(server);
        await page.SignInAsync("erin");
        var composer = await page.Http.GetStringAsync($"briefs/{brief}/edit");
        Assert.Contains("Sent by email to all 2 subscribers", composer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("api/subscribers", new { email = "chen@example.net" })).StatusCode);
        composer = await page.Http.GetStringAsync($"briefs/{brief}/edit");
        Assert.Contains("Send by email to 1 subscriber", composer, StringComparison.Ordinal);

        var button = await page.PostFormAsync($"/briefs/{brief}/edit?handler=Send", new Dictionary<string, string>(), tokenFrom: $"/briefs/{brief}/edit");
        Assert.Equal(HttpStatusCode.Redirect, button.StatusCode);
        var status = await FinishedAsync(page.Http, brief, $"briefs/{brief}/edit?handler=SendStatus");
        Assert.Equal((3, 0, 0), (status.GetProperty("sent").GetInt32(), status.GetProperty("failed").GetInt32(), status.GetProperty("pending").GetInt32()));
        var after = await page.Http.GetStringAsync($"briefs/{brief}/edit");
        Assert.Contains("Email: sent 1, already sent 2, failed 0", after, StringComparison.Ordinal);
        Assert.Contains("Sent by email to all 3 subscribers", after, StringComparison.Ordinal);
        Assert.Equal(3, sink.Messages().Count);

        Assert.Equal(HttpStatusCode.Accepted, (await editor.PostAsJsonAsync($"api/briefs/{brief}/send", new { })).StatusCode);
        var again = (await FinishedAsync(editor, brief)).GetProperty("last");
        Assert.Equal((0, 3), (again.GetProperty("sent").GetInt32(), again.GetProperty("alreadySent").GetInt32()));
        Assert.Equal(3, sink.Messages().Count);

        var openapi = await editor.GetFromJsonAsync<JsonElement>("api/openapi/v1.json");
        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/briefs/{id}/send", paths);
        Assert.Contains("/api/subscribers", paths);
        Assert.Contains("/api/subscribers/{email}", paths);
    }

    /// <summary>Stopping the server stops a send between messages and waits for the one in flight, so no reader is left claimed and unrecorded.</summary>
    [RequiresFact(Component.SmtpSink)]
    public async Task ServerStopping_WaitsForTheMessageInFlight_AndLeavesNoClaimBehind()
    {
        // smtp-sink answers each message's DATA after a second.
        await using var sink = await SmtpSink.StartAsync(["-w", "1"]);
        await using var server = await MailingServerAsync(sink, ("Smtp:Connections", "1"));
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var editor = Client(server, await server.CreateTokenAsync("erin"));
        foreach (var n in Enumerable.Range(1, 6))
        {
            await SubscribeAsync(server, $"reader{n}@example.org");
        }

        var brief = await BriefAsync(editor, data, "2026-11-22");
        Assert.Equal(HttpStatusCode.Accepted, (await editor.PostAsJsonAsync($"api/briefs/{brief}/send", new { })).StatusCode);
        await Task.Delay(1500);
        await server.StopAsync();

        var deliveries = await server.WithDbAsync(db => db.Deliveries.AsNoTracking().Where(d => d.BriefId == brief).ToListAsync());
        Assert.DoesNotContain(deliveries, d => d.Status == DeliveryStatus.Sending);
        var sent = deliveries.Count(d => d.Status == DeliveryStatus.Sent);
        Assert.InRange(sent, 1, 5);
        Assert.Equal(sent, sink.Messages().Count);
    }
}
