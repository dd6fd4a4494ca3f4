using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Fetching;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private const string Robots = """
        # Everyone
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Disallow: /search

        User-agent: BadBot
        Disallow: /
        """;

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/notes", false)]
    [InlineData("/private/press/release", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/search?q=port", false)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_StarGroup_LongestMatchWins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsTxt.Parse(Robots, "Newsdesk").IsAllowed(new Uri("https://site.example" + path)));

    [Fact]
    public void IsAllowed_OwnGroup_ReplacesStarGroup()
    {
        var robots = RobotsTxt.Parse(Robots + "\nUser-agent: newsdesk\nUser-agent: other\nDisallow: /news/\n", "Newsdesk");
        Assert.False(robots.IsAllowed(new Uri("https://site.example/news/1")));
        Assert.True(robots.IsAllowed(new Uri("https://site.example/private/notes")));
    }

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsAll() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "Newsdesk").IsAllowed(new Uri("https://site.example/a")));

    [Theory]
    [InlineData(200, "/private/x", false)]
    [InlineData(200, "/public", true)]
    [InlineData(404, "/private/x", true)]
    [InlineData(403, "/private/x", true)]
    [InlineData(500, "/public", false)]
    public async Task IsAllowedAsync_ByRobotsStatus_FollowsRfc9309(int status, string path, bool allowed)
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/robots.txt", () =>
            status == 200 ? Results.Text("User-agent: *\nDisallow: /private/\n") : Results.StatusCode(status)));
        var robots = TestFetching.Services().GetRequiredService<RobotsCache>();

        Assert.Equal(allowed, await robots.IsAllowedAsync(server.Url(path), default));
    }

    [Fact]
    public async Task IsAllowedAsync_ManyPagesOfOneSite_FetchesRobotsOnce()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /x\n")));
        var robots = TestFetching.Services().GetRequiredService<RobotsCache>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => robots.IsAllowedAsync(server.Url($"/a/{i}"), default)));

        Assert.All(answers, Assert.True);
        Assert.Equal(1, server.CountOf("/robots.txt"));
    }
}
