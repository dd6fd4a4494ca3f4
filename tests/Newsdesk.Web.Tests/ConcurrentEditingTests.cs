using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Newsdesk.Core.Accounts;
using Newsdesk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Newsdesk.Web.Tests;

/// <summary>Two editors in two browsers on one brief: the later save is refused with a clear message and nothing is overwritten.</summary>
public sealed class ConcurrentEditingTests
{
    [RequiresFact(Component.Chromium)]
    public async Task SecondEditor_SeesConflict_AndFirstEditorsWorkSurvives()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        await server.AddUserAsync("omar", UserRole.Editor);
        using (var client = new NewsroomClient(server))
        {
            await client.SignInAsync("erin");
            foreach (var id in data.StoryIds.Take(2))
            {
                var r = await client.PostFormAsync("/briefs/add", new Dictionary<string, string> { ["StoryId"] = id.ToString(CultureInfo.InvariantCulture) }, tokenFrom: "/");
                Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode);
            }
        }

        var briefId = await server.WithDbAsync(db => db.Briefs.Select(b => b.Id).SingleAsync());
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var erin = await SignInAsync(browser, server, "erin");
        var omar = await SignInAsync(browser, server, "omar");
        await erin.GotoAsync($"{server.BaseUrl}/briefs/{briefId}/edit");
        await omar.GotoAsync($"{server.BaseUrl}/briefs/{briefId}/edit");

        await erin.Locator("#items textarea").First.FillAsync("Erin's take, saved first.");
        await Expect(erin.Locator("#save-state")).ToContainTextAsync("Saved", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });

        await omar.Locator("#items textarea").First.FillAsync("Omar's take, written on the old version.");
        await Expect(omar.Locator("#conflict")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10_000 });
        await Expect(omar.Locator("#conflict")).ToContainTextAsync("Another editor saved this brief");
        await Expect(omar.Locator("#save-state")).ToHaveTextAsync("Conflict – not saved");
        await Expect(omar.Locator("#items textarea").First).ToHaveValueAsync("Omar's take, written on the old version.");
        await omar.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("composer-conflict") });

        // Publishing from the stale page is refused the same way, and the stored text is Erin's.
        await omar.ClickAsync("#publish");
        await Expect(omar.Locator("#conflict")).ToContainTextAsync("Your changes were not saved");
        var stored = await server.WithDbAsync(db => db.BriefItems.OrderBy(i => i.Position).Select(i => i.Commentary).FirstAsync());
        Assert.Equal("Erin's take, saved first.", stored);
        Assert.Equal(Newsdesk.Core.Briefs.BriefStatus.Draft, await server.WithDbAsync(db => db.Briefs.Select(b => b.Status).SingleAsync()));
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, NewsroomServer server, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        await Browser.SignInAsync(page, server, user);
        return page;
    }
}
