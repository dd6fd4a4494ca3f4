using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Publishing.Email;

namespace Newsdesk.Web.Tests;

/// <summary>The admins' subscribers page: add, refuse a bad address by name, import a CSV past its bad rows, unsubscribe.</summary>
public sealed class SubscribersPageTests
{
    [Fact]
    public async Task Admin_AddsImportsAndUnsubscribes_ReadersOfTheEmailedBrief()
    {
        await using var server = await NewsroomServer.StartAsync();
        await server.AddUserAsync("ada", UserRole.Admin);
        await server.AddUserAsync("erin", UserRole.Editor);
        using var admin = new NewsroomClient(server);
        await admin.SignInAsync("ada");

        var added = await admin.PostFormAsync("/admin/subscribers?handler=Add", new Dictionary<string, string> { ["Email"] = "ann@example.org", ["Name"] = "Ann" }, tokenFrom: "/admin/subscribers");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var bad = await admin.PostFormAsync("/admin/subscribers?handler=Add", new Dictionary<string, string> { ["Email"] = "ann-at-example.org" }, tokenFrom: "/admin/subscribers");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("&#x27;ann-at-example.org&#x27; is not an email address.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.AntiforgeryTokenAsync("/admin/subscribers")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("email,name\nbo@example.org,Bo\nnot an address,X\nANN@example.org,Ann\n")), "file", "readers.csv" },
        };
        var imported = await admin.Http.PostAsync("admin/subscribers?handler=Import", form);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var page = await imported.Content.ReadAsStringAsync();
        Assert.Contains("Rows not imported:", page, StringComparison.Ordinal);
        Assert.Contains("not an address", page, StringComparison.Ordinal);

        var removed = await admin.PostFormAsync("/admin/subscribers?handler=Remove", new Dictionary<string, string> { ["Email"] = "ann@example.org" }, tokenFrom: "/admin/subscribers");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var listed = await server.WithDbAsync(db => db.Subscribers.AsNoTracking().OrderBy(s => s.NormalizedEmail).ToListAsync());
        Assert.Equal([("ann@example.org", SubscriberStatus.Unsubscribed), ("bo@example.org", SubscriberStatus.Active)], listed.Select(s => (s.Email, s.Status)));
        var shown = await (await admin.GetAsync("/admin/subscribers")).Content.ReadAsStringAsync();
        Assert.Contains("1 reading the emailed brief, 1 unsubscribed", shown, StringComparison.Ordinal);

        // Editors send briefs but do not manage the list.
        using var editor = new NewsroomClient(server);
        await editor.SignInAsync("erin");
        var refused = await editor.GetAsync("/admin/subscribers");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
