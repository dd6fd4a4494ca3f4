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

    /// <summary>Where the tests save screenshots (git-ignored): {repo}/artifacts/screenshots.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }
}
