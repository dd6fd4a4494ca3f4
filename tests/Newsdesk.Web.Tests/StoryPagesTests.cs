using System.Net;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Articles;

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

    [Fact]
    public async Task OpinionAndAnalysis_AreBadgedOnTheStoryAndTheArticle()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("vic", UserRole.Viewer);
        var costs = data.StoryIds[2];
        var (report, column) = await server.WithDbAsync(async db =>
        {
            var articles = await db.Articles.Where(a => a.StoryId == costs).OrderBy(a => a.Id).ToListAsync();
            articles[1].Genre = ArticleGenre.Opinion;
            articles[3].Genre = ArticleGenre.Analysis;
            await db.SaveChangesAsync();
            return (articles[0].Id, articles[1].Id);
        });
        using var client = new NewsroomClient(server);
        await client.SignInAsync("vic");

        var story = await client.Http.GetStringAsync($"stories/{costs}");
        Assert.Equal(1, CountOf(story, "<span class=\"badge genre\" data-genre>Opinion</span>"));
        Assert.Equal(1, CountOf(story, "<span class=\"badge genre\" data-genre>Analysis</span>"));
        Assert.Contains("<span class=\"badge genre\" data-genre>Opinion</span>", await client.Http.GetStringAsync($"articles/{column}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-genre", await client.Http.GetStringAsync($"articles/{report}"), StringComparison.Ordinal);
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
