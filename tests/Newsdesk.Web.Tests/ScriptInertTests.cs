using Microsoft.Playwright;
using Newsdesk.Core.Accounts;
using Newsdesk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Newsdesk.Web.Tests;

/// <summary>
/// Script in article text, titles, outlets, links or an editor's commentary shows as text and never
/// runs: checked in Chromium on every page that displays it, including the email preview and the
/// public archive.
/// </summary>
public sealed class ScriptInertTests
{
    [RequiresFact(Component.Chromium)]
    public async Task HostileText_IsShownButNeverExecuted()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");

        // A published brief whose commentary and headline carry script.
        var add = await client.PostFormAsync("/briefs/add", new Dictionary<string, string> { ["StoryId"] = data.HostileStoryId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, tokenFrom: "/");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, add.StatusCode);
        var (briefId, itemId, version) = await server.WithDbAsync(async db =>
        {
            var b = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.Briefs, x => x.Items));
            return (b.Id, b.Items.Single().Id, b.Version);
        });
        var save = await client.PostFormAsync($"/briefs/{briefId}/edit", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Brief <script>window.__pwned=1</script>",
            ["Intro"] = "<img src=x onerror=\"window.__pwned=1\">",
            ["Items.Index"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Items[{itemId}].ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Items[{itemId}].Commentary"] = "Note <script>window.__pwned=1</script><svg onload=\"window.__pwned=1\"></svg>",
            [$"Items[{itemId}].ExcerptMode"] = "Excerpt",
            ["Op"] = "publish",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, save.StatusCode);

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, d) =>
        {
            dialogs.Add(d.Message);
            await d.DismissAsync();
        };
        await Browser.SignInAsync(page, server, "erin");

        string[] pages =
        [
            "/",
            $"/stories/{data.HostileStoryId}",
            $"/articles/{data.HostileArticleId}",
            "/search?q=schedule",
            $"/briefs/{briefId}/edit",
            $"/briefs/{briefId}/preview/email",
            $"/briefs/{briefId}/preview/web",
            "/archive",
            "/archive/2026-11-22",
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(server.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), $"script ran on {path}");
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
            Assert.Equal(0, await page.Locator("body script:not([src]), body svg[onload], body img[onerror]").CountAsync());
        }

        await page.GotoAsync(server.BaseUrl + $"/articles/{data.HostileArticleId}");
        await Expect(page.Locator(".reader .body")).ToContainTextAsync("<script>window.__pwned=1</script>");
        await Expect(page.Locator(".commentary")).ToContainTextAsync("<script>");
        await page.GotoAsync(server.BaseUrl + "/archive/2026-11-22");
        await Expect(page.Locator(".brief-item .commentary")).ToContainTextAsync("<svg onload=");
        Assert.Empty(dialogs);
    }
}
