using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Briefs;
using Newsdesk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Newsdesk.Web.Tests;

/// <summary>
/// An editor's morning in a real browser: sign in, triage the inbox by keyboard, open a story,
/// compose a five-item brief with commentary and a quote, reorder it, preview, publish, find it in
/// the archive and the Atom feed, sign out and be refused the inbox.
/// </summary>
public sealed class EditorJourneyTests
{
    [RequiresFact(Component.Chromium)]
    public async Task Editor_ComposesAndPublishesABrief_EndToEnd()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor, "Erin Cho");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        try
        {
            await RunJourneyAsync(server, data, page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("failure-journey"), FullPage = true });
            throw;
        }
    }

    private static async Task RunJourneyAsync(NewsroomServer server, NewsroomData data, IPage page)
    {

        // Sign in: the inbox sends an anonymous visitor to the login form and back.
        await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.FillAsync("input[name=UserName]", "erin");
        await page.FillAsync("input[name=Password]", NewsroomServer.Password);
        await page.ClickAsync("button[type=submit].primary");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Inbox");
        var stories = page.Locator("#stories > li.story");
        await Expect(stories).ToHaveCountAsync(data.StoryIds.Count + 1);
        await Expect(stories.First.Locator(".story-headline")).ToContainTextAsync("burden-sharing");
        await Expect(stories.First.Locator(".badge.new")).ToBeVisibleAsync();

        // Triage by keyboard: j, j, k selects the first story; x adds it to the brief.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        await Expect(stories.Nth(0)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        await page.Keyboard.PressAsync("x");
        await Expect(page.Locator("#toast")).ToContainTextAsync("Added to");
        await Expect(stories.Nth(0).Locator(".story-actions button")).ToHaveTextAsync("✓ In brief");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        await Expect(stories.Nth(1).Locator(".story-actions button")).ToHaveTextAsync("✓ In brief");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("inbox") });

        // Open the selected story with o: articles in time order, copies and their original. (The URL is
        // polled: waiting for the navigation event can miss one the key press has already finished.)
        await page.Keyboard.PressAsync("o");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/stories/\d+$"));
        await Expect(page.Locator(".timeline-item")).ToHaveCountAsync(3);
        await Expect(page.Locator(".provenance.original-of")).ToContainTextAsync("Also carried by Capital Wire");
        await Expect(page.Locator(".provenance.copyof")).ToContainTextAsync("Edited copy of");
        await Expect(page.Locator(".quote").First).ToContainTextAsync("small but real signal");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("story"), FullPage = true });
        await page.ClickAsync(".timeline-item.original h3 a");
        await Expect(page.Locator(".reader h1")).ToContainTextAsync("border loudspeakers");
        await Expect(page.Locator(".reader .original a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://harborledger\\.example/"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("reader") });

        // Three more stories from the inbox make five items.
        await page.GotoAsync(server.BaseUrl + "/");
        foreach (var index in new[] { 2, 3, 4 })
        {
            await stories.Nth(index).Locator(".story-actions button").ClickAsync();
            await Expect(stories.Nth(index).Locator(".story-actions button")).ToHaveTextAsync("✓ In brief");
        }

        var briefId = await server.WithDbAsync(db => db.Briefs.Where(b => b.Status == BriefStatus.Draft).Select(b => b.Id).SingleAsync());
        await page.ClickAsync("nav.mainnav a[href='/briefs']");
        await page.ClickAsync($"a[href='/briefs/{briefId}/edit']");
        var items = page.Locator("#items > li.item");
        await Expect(items).ToHaveCountAsync(5);
        var headlines = await items.Locator(".item-title strong").AllTextContentsAsync();

        // Commentary on every item, an intro, a quote of the day.
        await page.FillAsync("input[name=Title]", "Korea Security Brief, 22 November");
        await page.FillAsync("textarea[name=Intro]", "Border quiet, alliance bills loud.");
        for (var i = 0; i < 5; i++)
        {
            await items.Nth(i).Locator("textarea").FillAsync($"Commentary {i + 1}: why this matters.");
        }

        await items.Nth(4).Locator("select").SelectOptionAsync("None");
        await page.Locator("input[name=QuoteIds]").First.CheckAsync();
        var quoteText = await page.Locator(".quote-choice").First.TextContentAsync();

        // Reorder: keyboard (Alt+Down moves the first item down) and drag (the last to the top).
        await items.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        // A tall window keeps both ends of the drag on screen (scrolling mid-drag cancels it).
        await page.SetViewportSizeAsync(1360, 2400);
        await items.Nth(4).Locator(".handle").HoverAsync();
        await page.Mouse.DownAsync();
        await items.Nth(0).HoverAsync(new LocatorHoverOptions { Position = new Position { X = 60, Y = 6 } });
        await items.Nth(0).HoverAsync(new LocatorHoverOptions { Position = new Position { X = 60, Y = 4 } });
        await page.Mouse.UpAsync();
        await page.SetViewportSizeAsync(1360, 900);
        var expected = new[] { headlines[4], headlines[1], headlines[0], headlines[2], headlines[3] };
        Assert.Equal(expected, await items.Locator(".item-title strong").AllTextContentsAsync());
        await Expect(page.Locator("#save-state")).ToContainTextAsync("Saved", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });

        // Live preview: the email and the web page show the saved draft.
        var preview = page.FrameLocator("#preview-frame");
        await Expect(preview.Locator("body")).ToContainTextAsync("Commentary 1: why this matters.");
        await Expect(preview.Locator("body")).ToContainTextAsync("Quotes of the day");
        await page.ClickAsync("[data-preview=web]");
        await Expect(preview.Locator(".brief-item").First).ToContainTextAsync(expected[0]);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("composer") });

        // Publish: the brief moves to its permanent public address.
        await page.ClickAsync("#publish");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/archive/2026-11-22$"));
        await Expect(page.Locator(".brief-head h1")).ToHaveTextAsync("Korea Security Brief, 22 November");
        var published = page.Locator(".brief-item h3");
        await Expect(published).ToHaveCountAsync(5);
        for (var i = 0; i < 5; i++)
        {
            await Expect(published.Nth(i)).ToContainTextAsync(expected[i]);
        }

        await Expect(page.Locator(".brief-item .commentary").First).ToContainTextAsync("Commentary 5");
        await Expect(page.Locator(".brief-quotes")).ToContainTextAsync(quoteText!.Split('–')[0].Trim().Trim('“', '”'));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("archive"), FullPage = true });
        await page.ClickAsync(".crumbs a[href='/archive']");
        await Expect(page.Locator(".archive-title").First).ToHaveTextAsync("Korea Security Brief, 22 November");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("archive-index") });

        // The Atom feed carries it (fetched anonymously).
        using var http = new HttpClient();
        var atom = XDocument.Parse(await http.GetStringAsync(server.BaseUrl + "/feeds/atom.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(atom.Root!.Elements(ns + "entry"));
        Assert.Equal("Korea Security Brief, 22 November", entry.Element(ns + "title")!.Value);
        Assert.Equal(server.BaseUrl + "/archive/2026-11-22", entry.Elements(ns + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Contains("Commentary 3: why this matters.", entry.Element(ns + "content")!.Value);

        // The same pages on a phone.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page.Locator("#stories > li.story").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("inbox-mobile") });
        await page.GotoAsync(server.BaseUrl + "/archive/2026-11-22");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("archive-mobile") });
        await page.SetViewportSizeAsync(1360, 900);

        // Sign out, and the inbox is refused.
        await page.GotoAsync(server.BaseUrl + "/");
        await page.ClickAsync(".usermenu button");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login$"));
        var response = await page.GotoAsync(server.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2F$"));
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("#stories")).ToHaveCountAsync(0);
    }
}
