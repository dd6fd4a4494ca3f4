using Microsoft.Playwright;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright; screenshots go to artifacts/screenshots.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Requirements.Require(Component.Chromium);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
        return (playwright, browser);
    }

    /// <summary>Signs <paramref name="user"/> in through the login form (password <see cref="NewsroomServer.Password"/>) and waits for the inbox.</summary>
    public static async Task SignInAsync(IPage page, NewsroomServer server, string user)
    {
        await page.GotoAsync(server.BaseUrl + "/account/login");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", NewsroomServer.Password);
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + "/");
    }

    /// <summary>Where the tests save screenshots (git-ignored): {repo}/artifacts/screenshots.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }
}
