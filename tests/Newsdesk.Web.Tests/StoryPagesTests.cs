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

    /// <summary>An article's page says what it copies (kind, share, credit, the sentences it adds), or who carried it.</summary>
    [Fact]
    public async Task TheArticlePage_TracesACopyToItsOriginal_AndListsTheCopiesOfAnOriginal()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("vic", UserRole.Viewer);
        var (original, copy, other) = await server.WithDbAsync(async db =>
        {
            var articles = await db.Articles.Where(a => a.StoryId == data.StoryIds[0]).OrderBy(a => a.Id).ToListAsync();
            var pickup = articles.Single(a => a.CopyOfId != null);
            pickup.CopyCredit = "(Harbor Ledger)";
            pickup.AddedSentences = ["Residents said the night was quiet for the first time in months."];
            await db.SaveChangesAsync();
            return (pickup.CopyOfId!.Value, pickup.Id, articles.Single(a => a.CopyOfId == null && a.Id != pickup.CopyOfId).Id);
        });
        using var client = new NewsroomClient(server);
        await client.SignInAsync("vic");

        var copyPage = await client.Http.GetStringAsync($"articles/{copy}");
        Assert.Contains($"data-copy-of=\"{original}\"", copyPage, StringComparison.Ordinal);
        Assert.Contains("<strong>Edited copy</strong>", copyPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{original}\">Harbor Ledger: North takes down border loudspeakers days after the South</a>", copyPage, StringComparison.Ordinal);
        Assert.Contains("80% of its sentences verbatim", copyPage, StringComparison.Ordinal);
        Assert.Contains("credits “(Harbor Ledger)”", copyPage, StringComparison.Ordinal);
        Assert.Contains("<li>Residents said the night was quiet for the first time in months.</li>", copyPage, StringComparison.Ordinal);

        var originalPage = await client.Http.GetStringAsync($"articles/{original}");
        Assert.Contains("data-copies", originalPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/articles/{copy}\">Capital Wire</a>", originalPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-copy-of", originalPage, StringComparison.Ordinal);

        var otherPage = await client.Http.GetStringAsync($"articles/{other}");
        Assert.DoesNotContain("provenance-panel", otherPage, StringComparison.Ordinal);
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

    [Fact]
    public async Task TheInbox_BadgesJoinsToCheckForEditors_AndStoriesToldOnlyInCommentary()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        await server.AddUserAsync("vic", UserRole.Viewer);
        var (drills, costs) = (data.StoryIds[1], data.StoryIds[2]);
        await server.WithDbAsync(async db =>
        {
            // Every original of the drills story is commentary; the costs story keeps its report.
            await db.Articles.Where(a => a.StoryId == drills && a.CopyOfId == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.Genre, ArticleGenre.Opinion));
            var first = await db.Articles.Where(a => a.StoryId == costs).OrderBy(a => a.Id).Skip(1).FirstAsync();
            first.Genre = ArticleGenre.Opinion;
            await db.SaveChangesAsync();
            return 0;
        });

        using var editor = new NewsroomClient(server);
        await editor.SignInAsync("erin");
        var inbox = await editor.Http.GetStringAsync("");
        Assert.Contains($"<a class=\"badge check\" data-check-joins href=\"/stories/{costs}\"", RowOf(inbox, costs), StringComparison.Ordinal);
        Assert.Contains(">1 join to check</a>", RowOf(inbox, costs), StringComparison.Ordinal);
        Assert.Equal(1, CountOf(inbox, "data-check-joins"));
        Assert.Contains("data-genre", RowOf(inbox, drills), StringComparison.Ordinal);
        Assert.Equal(1, CountOf(inbox, "data-genre"));

        using var viewer = new NewsroomClient(server);
        await viewer.SignInAsync("vic");
        var read = await viewer.Http.GetStringAsync("");
        Assert.DoesNotContain("data-check-joins", read, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(read, "data-genre"));
    }

    private static string RowOf(string inbox, long storyId)
    {
        var row = inbox[inbox.IndexOf($"data-story-id=\"{storyId}\"", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</li>", StringComparison.Ordinal)];
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
