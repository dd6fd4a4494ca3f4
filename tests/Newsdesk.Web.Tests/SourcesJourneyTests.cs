using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Newsdesk.Core.Accounts;
using Newsdesk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Newsdesk.Web.Tests;

/// <summary>
/// An admin in a real browser sets up a beat's sources: adds a feed found on a publisher's page
/// (served on 127.0.0.1), checks it, imports an OPML file with outlines that cannot be followed,
/// tunes and disables one source, and reads every source's health.
/// </summary>
public sealed partial class SourcesJourneyTests
{
    [RequiresFact(Component.Chromium)]
    public async Task Admin_AddsFromAPage_ImportsOpml_AndSeesHealth()
    {
        await using var site = await PublisherSite.StartAsync();
        await using var server = await NewsroomServer.StartAsync(settings: PublisherSite.FetchSettings);
        await server.AddUserAsync("ada", UserRole.Admin, "Ada Park");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        try
        {
            await RunAsync(site, server, page);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("failure-sources"), FullPage = true });
            throw;
        }
    }

    private static async Task RunAsync(PublisherSite site, NewsroomServer server, IPage page)
    {
        await Browser.SignInAsync(page, server, "ada");
        await page.ClickAsync("nav.mainnav a[href='/sources']");
        await Expect(page.Locator(".empty h2")).ToHaveTextAsync("No sources yet");

        // Add: the publisher's home page lists its two feeds; the admin picks the second.
        await page.ClickAsync("a.button.primary[href='/sources/add']");
        await page.FillAsync("input[name=Address]", site.Home.ToString());
        await page.ClickAsync("button:has-text('Find feeds')");
        var options = page.Locator(".feed-option");
        await Expect(options).ToHaveCountAsync(2);
        await Expect(options.Nth(0).Locator("input")).ToBeCheckedAsync();
        await Expect(options.Nth(1)).ToContainTextAsync(PublisherSite.KoreaTitle);
        await options.Nth(1).Locator("input").CheckAsync();
        await page.FillAsync("input[name=Category]", "Korea/Defense");
        await page.FillAsync("input[name=Tags]", "navy, alliance");
        await page.ClickAsync("button:has-text('Follow this feed')");
        await Expect(page.Locator(".flash")).ToContainTextAsync($"Now following {PublisherSite.KoreaTitle}");
        var korea = Row(page, PublisherSite.KoreaTitle);
        await Expect(korea.Locator(".badge.health")).ToHaveTextAsync("new");
        await Expect(korea.Locator(".category")).ToHaveTextAsync("Korea/Defense");

        // Check it now: its two entries become articles and it is healthy.
        await korea.Locator("button:has-text('Check now')").ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync($"Checked {PublisherSite.KoreaTitle}: 2 new articles.");
        await Expect(korea.Locator(".badge.health")).ToHaveTextAsync("ok");
        await Expect(korea.Locator("td.num a")).ToHaveTextAsync("2");
        // Read once to verify it when added, once by the check.
        Assert.Equal(2, site.Server.CountOf("/korea.atom"));

        // Import OPML: one line per outline that cannot be followed; the feed already followed is left alone.
        await page.ClickAsync("a[href='/sources/import']");
        var opml = site.Opml(
            $"""<outline text="Ledger archive" type="rss" xmlUrl="{site.Gone}"/>""",
            $"""<outline text="Ledger culture" type="rss" xmlUrl="{site.Server.Url("/culture.xml")}"/>""");
        await page.SetInputFilesAsync("input[name=Upload]", new FilePayload { Name = "reader.opml", MimeType = "text/x-opml", Buffer = Encoding.UTF8.GetBytes(opml) });
        await page.ClickAsync("button:has-text('Import')");
        await Expect(page.Locator(".import-totals")).ToHaveTextAsync("3 added · 1 already followed · 2 not imported");
        var problems = page.Locator(".import-problems li");
        await Expect(problems).ToHaveCountAsync(2);
        await Expect(problems.Nth(0)).ToContainTextAsync("Outline \"Scripted\": 'javascript:alert(1)' is not an http or https feed URL; skipped.");
        await Expect(problems.Nth(1)).ToContainTextAsync("Outline \"Gopher hole\"");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("sources-import") });

        // The archive feed is gone: checking it records the failure on the source.
        await page.ClickAsync("a:has-text('See the sources')");
        var archive = Row(page, "Ledger archive");
        await archive.Locator("button:has-text('Check now')").ClickAsync();
        await Expect(archive.Locator(".badge.health")).ToHaveTextAsync("failing");
        await Expect(archive.Locator(".last-error")).ToContainTextAsync("404");
        await Expect(archive.Locator(".errors")).ToHaveTextAsync("×1");

        // Tune the World feed's reading rules, then disable it with a reason.
        await Row(page, PublisherSite.WorldTitle).Locator(".source-name a").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(PublisherSite.WorldTitle);
        await page.FillAsync("textarea[name=KeepSelectors]", "article .story-body");
        await page.FillAsync("textarea[name=RemoveSelectors]", ".newsletter-signup\naside");
        await page.ClickAsync(".edit-form button[type=submit]");
        await Expect(page.Locator(".flash")).ToHaveTextAsync($"Saved {PublisherSite.WorldTitle}.");
        await Expect(page.Locator("textarea[name=RemoveSelectors]")).ToHaveValueAsync(".newsletter-signup\naside");
        await page.FillAsync("input[name=Reason]", "Same wire copy as the Korea feed");
        await page.ClickAsync(".disable-form button");
        await Expect(page.Locator(".source-health .reason")).ToHaveTextAsync("Same wire copy as the Korea feed");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("source-edit"), FullPage = true });

        // Health at a glance, and one state at a time.
        await page.ClickAsync(".crumbs a[href='/sources']");
        await Expect(page.Locator("#source-summary")).ToHaveTextAsync("4 sources · 1 failing · 1 disabled · 1 not yet checked");
        await Expect(page.Locator("tr.source-row")).ToHaveCountAsync(4);
        await Expect(Row(page, "Ledger culture").Locator(".badge.health")).ToHaveTextAsync("new");
        await Expect(Row(page, PublisherSite.WorldTitle).Locator(".reason")).ToHaveTextAsync("Same wire copy as the Korea feed");
        await Expect(Row(page, PublisherSite.WorldTitle).Locator("button:has-text('Enable')")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("sources") });
        await page.ClickAsync(".source-states a.state-failing");
        await Expect(page.Locator("tr.source-row")).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(FailingFilter());

        // The same list on a phone.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(server.BaseUrl + "/sources");
        await Expect(page.Locator("tr.source-row").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("sources-mobile") });
    }

    private static ILocator Row(IPage page, string title) =>
        page.Locator("tr.source-row").Filter(new LocatorFilterOptions { Has = page.Locator(".source-name strong", new PageLocatorOptions { HasTextString = title }) });

    [GeneratedRegex("/sources\\?state=failing$")]
    private static partial Regex FailingFilter();
}
