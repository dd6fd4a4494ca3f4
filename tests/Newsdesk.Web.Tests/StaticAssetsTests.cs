using System.Net;
using System.Text.RegularExpressions;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

/// <summary>Pages name their scripts and styles with the build's version, so a browser never runs last version's script from its cache.</summary>
public sealed class StaticAssetsTests
{
    [Fact]
    public async Task Pages_LinkVersionedAssets_ThatServe()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");

        var page = await (await client.GetAsync("/briefs/new")).Content.ReadAsStringAsync();
        var assets = Regex.Matches(page, "(?:href|src)=\"(/static/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.StartsWith("/static/newsroom.css?v=", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/static/newsroom.js?v=", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.Matches(@"\?v=[0-9a-f]{12}$", a));
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }
}
