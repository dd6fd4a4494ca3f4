using System.Net;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task WrongPassword_SaysSo_AndRepeatedAttemptsAreLimited()
    {
        await using var server = await NewsroomServer.StartAsync(signInAttemptsPerMinute: 3);
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["UserName"] = "erin", ["Password"] = "wrong password" });
            statuses.Add(response.StatusCode);
            if (i == 0)
            {
                Assert.Contains("do not match an account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        // The limit holds for the right password too, until the window passes.
        var blocked = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["UserName"] = "erin", ["Password"] = NewsroomServer.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Too many sign-in attempts", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleChange_EndsExistingSessions()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/briefs/new")).StatusCode);

        await server.WithDbAsync(async db =>
        {
            var accounts = new UserAccounts(db, server.Clock, Microsoft.Extensions.Options.Options.Create(new AccountsOptions { PasswordIterations = 1000 }));
            var result = await accounts.SetRoleAsync("erin", UserRole.Viewer, CancellationToken.None);
            Assert.True(result.Succeeded);
        });

        var after = await client.GetAsync("/briefs/new");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnUrl_OffSite_IsIgnored()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        var response = await client.PostFormAsync("/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["UserName"] = "erin", ["Password"] = NewsroomServer.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
