using System.Net;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

/// <summary>What the understanding stage stores shows in the newsroom: disagreeing figures, entities, quotes.</summary>
public sealed class StoryPagesTests
{
    [Fact]
    public async Task DisagreeingFigures_AreBadgedInTheInbox_AndTabledOnTheStory()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("vic", UserRole.Viewer);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("vic");
        var troops = data.StoryIds[6];

        var inbox = await client.Http.GetStringAsync("");
        var row = inbox[inbox.IndexOf($"data-story-id=\"{troops}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("Figures disagree", row, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(inbox, ">Figures disagree</span>"));

        var story = await client.Http.GetStringAsync($"stories/{troops}");
        Assert.Contains("class=\"disagreement\"", story, StringComparison.Ordinal);
        Assert.Contains("about 11,000 troops", story, StringComparison.Ordinal);
        Assert.Contains("15,000 troops", story, StringComparison.Ordinal);
        Assert.Contains("/search?entity=Russia", story, StringComparison.Ordinal);

        // A viewer's reading does not clear the desk's unread state.
        Assert.Contains("Unread", await client.Http.GetStringAsync(""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/stories/999999")).StatusCode);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
