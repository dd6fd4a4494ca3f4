using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;
using static Microsoft.Playwright.Assertions;

namespace Newsdesk.Web.Tests;

/// <summary>
/// An editor corrects the clustering on the story page in a real browser: moves a report that is
/// not this event into a story of its own, then folds another story in. Viewers see no such forms.
/// </summary>
public sealed class StoryCorrectionTests
{
    [RequiresFact(Component.Chromium)]
    public async Task Editor_MovesAnArticleOut_ThenMergesAStoryIn_AndUndoesBoth()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor, "Erin Cho");
        await server.AddUserAsync("vic", UserRole.Viewer);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var (costs, drills) = (data.StoryIds[2], data.StoryIds[1]);
        try
        {
            await Browser.SignInAsync(page, server, "erin");
            await page.GotoAsync($"{server.BaseUrl}/stories/{costs}");
            var items = page.Locator(".timeline-item");
            await Expect(items).ToHaveCountAsync(4);
            var last = items.Nth(3);
            await Expect(last.Locator("h3")).ToContainTextAsync("Cost-sharing round ends without deal");

            // The weak join is pointed out, on the page and on the report itself.
            await Expect(page.Locator("[data-check-joins]")).ToContainTextAsync("1 report joined this story on weak evidence");
            await Expect(page.Locator("[data-check-join]")).ToHaveCountAsync(1);
            await Expect(last.Locator("[data-check-join]")).ToContainTextAsync("Joined on weak evidence");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("story-check-join"), FullPage = true });

            // "Same event": the report stays, and the page stops asking.
            await last.Locator("form[data-confirm-join] button").ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Kept in this story.");
            await Expect(items).ToHaveCountAsync(4);
            await Expect(page.Locator("[data-check-joins], [data-check-join], form[data-confirm-join]")).ToHaveCountAsync(0);

            // Empty "story" box: the report starts a story of its own.
            await last.Locator("form[data-move-article] button").ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Moved to a story of its own");
            await Expect(items).ToHaveCountAsync(3);
            await Expect(page.Locator(".timeline-item h3", new PageLocatorOptions { HasText = "Cost-sharing round ends" })).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-check-joins], [data-check-join]")).ToHaveCountAsync(0);

            // The story's history tells who did what, newest first, and links the report's new story.
            var history = page.Locator("[data-story-history] li");
            await Expect(history).ToHaveCountAsync(2);
            await Expect(history.Nth(0)).ToContainTextAsync("Erin Cho moved “Cost-sharing round ends without deal” to story");
            await Expect(history.Nth(1)).ToContainTextAsync("Erin Cho confirmed that “Cost-sharing round ends without deal” reports this story's event.");
            var ownStory = await history.Nth(0).Locator("a[href^='/stories/']").GetAttributeAsync("href");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("story-correction"), FullPage = true });

            // A bad story number is refused with the reason, and nothing moves.
            await page.Locator("details.story-edit summary").ClickAsync();
            await page.FillAsync("form[data-merge-story] input[name=into]", "987654");
            await page.ClickAsync("form[data-merge-story] button");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Not merged: story 987654 does not exist");
            await Expect(items).ToHaveCountAsync(3);

            // Folding the drills story into this one: its two reports join, and its old link leads here.
            await page.GotoAsync($"{server.BaseUrl}/stories/{drills}");
            await page.Locator("details.story-edit summary").ClickAsync();
            await page.FillAsync("form[data-merge-story] input[name=into]", costs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.ClickAsync("form[data-merge-story] button");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/stories/{costs}$"));
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Story {drills} merged into this one");
            await Expect(items).ToHaveCountAsync(5);
            await Expect(history.Nth(0)).ToContainTextAsync($"Erin Cho merged story {drills} into this one (2 articles).");
            await page.GotoAsync($"{server.BaseUrl}/stories/{drills}");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/stories/{costs}$"));

            // The moved report's own story tells where it came from.
            await page.GotoAsync(server.BaseUrl + ownStory);
            await Expect(history).ToHaveCountAsync(1);
            await Expect(history.Nth(0)).ToContainTextAsync($"Erin Cho moved “Cost-sharing round ends without deal” here from story {costs}.");

            // The history undoes the move: the report, alone in its story, comes back as that story merged here.
            await page.GotoAsync($"{server.BaseUrl}/stories/{costs}");
            var movedOut = page.Locator("[data-story-history] li[data-change=MovedOut]");
            await movedOut.Locator("form[data-undo] button").ClickAsync();
            var own = ownStory!.Replace("/stories/", "story ", StringComparison.Ordinal);
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Moved back: {own} merged into this one.");
            await Expect(items).ToHaveCountAsync(6);
            await Expect(history.Nth(0)).ToContainTextAsync($"Erin Cho merged {own} into this one (1 article).");

            // A split the clusterer logged (as AssignStory does) reads with the report that caused it, linked.
            var (split, cause) = await server.WithDbAsync(async db =>
            {
                var ids = await db.Articles.Where(a => a.StoryId == costs).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).Take(2).ToListAsync();
                db.StoryEdits.Add(new StoryEdit { StoryId = costs, At = server.Clock.GetUtcNow(), Kind = StoryEditKind.SplitOut, ArticleId = ids[0].Id, Articles = 2, OtherStoryId = drills, CauseArticleId = ids[1].Id });
                await db.SaveChangesAsync();
                return (ids[0], ids[1]);
            });
            await page.GotoAsync($"{server.BaseUrl}/stories/{costs}");
            await Expect(history.Nth(0)).ToContainTextAsync($"Newsdesk split “{split.Title}” and 1 copy off into story {drills}: the later report “{cause.Title}” fitted it better than this story.");
            await Expect(history.Nth(0).Locator($"a[href='/articles/{cause.Id}']")).ToHaveCountAsync(1);

            // Its undo folds the split-off story back; here that story was merged already, and the reason is shown.
            await history.Nth(0).Locator("form[data-undo] button").ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Not merged: story {drills} was already merged into another.");
            await Expect(items).ToHaveCountAsync(6);

            // The history undoes the merge: the drills story is back with its two reports, and its link leads to it again.
            var drillsMerge = page.Locator("[data-story-history] li[data-change=MergedIn]", new() { HasText = $"story {drills} into" });
            await drillsMerge.Locator("form[data-undo] button").ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Story {drills} taken back out of this one: 2 articles went back to it.");
            await Expect(items).ToHaveCountAsync(4);
            await Expect(history.Nth(0)).ToContainTextAsync($"Erin Cho undid the merge of story {drills} into this one: 2 articles went back to it.");
            await Expect(drillsMerge.Locator("form[data-undo]")).ToHaveCountAsync(0);
            await page.GotoAsync($"{server.BaseUrl}/stories/{drills}");
            await Expect(items).ToHaveCountAsync(2);
            await Expect(history.Nth(0)).ToContainTextAsync($"Erin Cho undid this story's merge into story {costs}: 2 articles came back.");
            Assert.EndsWith($"/stories/{drills}", page.Url, StringComparison.Ordinal);

            // A viewer reads the same page without the correction forms.
            await page.Context.ClearCookiesAsync();
            await Browser.SignInAsync(page, server, "vic");
            await page.GotoAsync($"{server.BaseUrl}/stories/{costs}");
            await Expect(items).ToHaveCountAsync(4);
            await Expect(page.Locator("form[data-move-article], form[data-merge-story]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-check-joins], [data-check-join]")).ToHaveCountAsync(0);
            await Expect(history).ToHaveCountAsync(6);
            await Expect(page.Locator("form[data-undo]")).ToHaveCountAsync(0);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("failure-story-correction"), FullPage = true });
            throw;
        }
    }
}
