using System.Net;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing;

namespace Newsdesk.Web.Tests;

/// <summary>"New brief" in the newsroom: from the day's stories, or empty; never touching another brief.</summary>
public sealed class NewBriefTests
{
    [Fact]
    public async Task NewBrief_FromTheDaysStories_FillsANewDraft_AndLeavesTheDaysOtherBriefAlone()
    {
        await using var server = await NewsroomServer.StartAsync();
        var data = await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");

        // The form offers the day's stories by default, for the latest day with stored articles.
        var form = await (await client.GetAsync("/briefs/new")).Content.ReadAsStringAsync();
        Assert.Contains("<input type=\"checkbox\" name=\"FromStories\" value=\"true\" checked", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Date\" value=\"2026-11-22\"", form, StringComparison.Ordinal);
        server.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Contains("name=\"Date\" value=\"2026-11-22\"", await (await client.GetAsync("/briefs/new")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An empty draft first (a post that does not ask for stories), with an item the editor added by hand.
        var empty = await client.PostFormAsync("/briefs/new", new Dictionary<string, string> { ["Date"] = "2026-11-22", ["Title"] = "Hand-made" });
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        var handMade = await server.WithDbAsync(db => db.Briefs.Include(b => b.Items).SingleAsync());
        Assert.Empty(handMade.Items);

        var drafted = await client.PostFormAsync("/briefs/new", new Dictionary<string, string> { ["Date"] = "2026-11-22", ["Title"] = "Morning brief", ["FromStories"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var brief = await server.WithDbAsync(db => db.Briefs.Include(b => b.Items).SingleAsync(b => b.Title == "Morning brief"));
        Assert.Equal($"/briefs/{brief.Id}/edit", drafted.Headers.Location?.OriginalString);
        Assert.Equal(("2026-11-22-2", BriefStatus.Draft, 2), (brief.Slug, brief.Status, brief.Version));

        // One item per story of the day, each led by a stored article of its story, numbered in order.
        Assert.InRange(brief.Items.Count, 2, data.StoryIds.Count + 1);
        Assert.Equal(Enumerable.Range(1, brief.Items.Count), brief.Items.OrderBy(i => i.Position).Select(i => i.Position));
        Assert.Equal(brief.Items.Count, brief.Items.Select(i => i.StoryId).Distinct().Count());
        Assert.All(brief.Items, i => Assert.NotNull(i.ArticleId));
        Assert.Contains(brief.Items, i => i.StoryId == data.StoryIds[0]);

        // The hand-made draft of the same day is untouched.
        var after = await server.WithDbAsync(db => db.Briefs.Include(b => b.Items).SingleAsync(b => b.Id == handMade.Id));
        Assert.Equal(("Hand-made", handMade.Slug, handMade.Version, 0), (after.Title, after.Slug, after.Version, after.Items.Count));
    }

    [Fact]
    public async Task NewBrief_FromStories_OnADayWithNone_SaysSo_AndCreatesNothing()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");

        var response = await client.PostFormAsync("/briefs/new", new Dictionary<string, string> { ["Date"] = "2026-01-05", ["FromStories"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no stored articles are dated 2026-01-05", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await server.WithDbAsync(db => db.Briefs.CountAsync()));
    }

    /// <summary>A correction to a published brief waits in the composer, which says so, until the editor updates the brief.</summary>
    [Fact]
    public async Task PublishedBrief_SavedChange_WaitsInTheComposer_UntilUpdated()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.SeedAsync();
        await server.AddUserAsync("erin", UserRole.Editor);
        using var client = new NewsroomClient(server);
        await client.SignInAsync("erin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/briefs/new", new Dictionary<string, string> { ["Date"] = "2026-11-22", ["Title"] = "Morning brief", ["FromStories"] = "true" })).StatusCode);
        var (id, slug) = await server.WithDbAsync(async db =>
        {
            var brief = await db.Briefs.SingleAsync();
            Assert.True((await new BriefEditor(db, server.Clock).PublishAsync(brief.Id, brief.Version, default)).Succeeded);
            return (brief.Id, brief.Slug);
        });
        Assert.DoesNotContain("data-unpublished", await (await client.GetAsync($"/briefs/{id}/edit")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await server.WithDbAsync(async db =>
        {
            var brief = await db.Briefs.Include(b => b.Items).Include(b => b.Quotes).SingleAsync();
            var edit = new BriefEdit(id, brief.Version, "Morning brief", "A correction is coming.",
                brief.Items.OrderBy(i => i.Position).Select(i => new BriefItemEdit(i.Id, i.Headline, i.Commentary, i.ExcerptMode)).ToList(),
                brief.Quotes.OrderBy(q => q.Position).Select(q => q.QuoteId).ToList());
            Assert.True((await new BriefEditor(db, server.Clock).SaveAsync(edit, default)).Succeeded);
        });

        var composer = await (await client.GetAsync($"/briefs/{id}/edit")).Content.ReadAsStringAsync();
        Assert.Contains("Readers have version 3.", composer, StringComparison.Ordinal);
        Assert.Contains(">Save changes</button>", composer, StringComparison.Ordinal);
        Assert.DoesNotContain("A correction is coming.", await (await client.GetAsync($"/archive/{slug}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await server.WithDbAsync(async db =>
        {
            var version = (await db.Briefs.SingleAsync()).Version;
            Assert.True((await new BriefEditor(db, server.Clock).PublishAsync(id, version, default)).Succeeded);
        });
        Assert.Contains("A correction is coming.", await (await client.GetAsync($"/archive/{slug}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-unpublished", await (await client.GetAsync($"/briefs/{id}/edit")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
