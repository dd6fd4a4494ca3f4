using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>One source (admins): its health, its title, filing and extraction selectors, and the
/// actions on it (check now, disable, enable, remove), which the sources list posts here too.</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
internal sealed class EditModel(SourceSubscriptions subscriptions, RefreshPass refresh, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string? Category { get; set; }

    /// <summary>Comma-separated.</summary>
    [BindProperty]
    public string? Tags { get; set; }

    [BindProperty]
    public string? KeepSelectors { get; set; }

    [BindProperty]
    public string? RemoveSelectors { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Where to return after an action: the list page the admin came from, or this page.</summary>
    [BindProperty]
    public string? Back { get; set; }

    public SourceHealth Health { get; private set; } = null!;

    public Source Source { get; private set; } = null!;

    public string? Error { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Title = Source.Title;
        Category = Source.Category;
        Tags = string.Join(", ", Source.Tags);
        KeepSelectors = Source.KeepSelectors;
        RemoveSelectors = Source.RemoveSelectors;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var edit = new SourceEdit(Title ?? "")
        {
            Category = Category,
            Tags = SourceEdit.ParseTags(Tags),
            KeepSelectors = KeepSelectors,
            RemoveSelectors = RemoveSelectors,
        };
        return await FinishAsync(id, await subscriptions.EditAsync(Key(id), edit, ct), s => $"Saved {s.Title}.", ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(long id, CancellationToken ct)
    {
        var reason = string.IsNullOrWhiteSpace(Reason)
            ? $"Disabled by {User.Identity?.Name} on {clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : Reason;
        return await FinishAsync(id, await subscriptions.DisableAsync(Key(id), reason, ct), s => $"Disabled {s.Title}: it is not checked until enabled again.", ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(long id, CancellationToken ct) =>
        await FinishAsync(id, await subscriptions.EnableAsync(Key(id), ct), s => $"Enabled {s.Title}: it is due now.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken ct)
    {
        var change = await subscriptions.RemoveAsync(Key(id), ct);
        if (change.Succeeded)
        {
            // The source's own page is gone; back to the list.
            TempData["Flash"] = $"Stopped following {change.Source!.Title}; its articles stay.";
            return Redirect("/sources");
        }

        return await FinishAsync(id, change, _ => "", ct);
    }

    public async Task<IActionResult> OnPostRefreshAsync(long id, CancellationToken ct)
    {
        if (await subscriptions.HealthAsync(id, ct) is null)
        {
            return NotFound();
        }

        var summary = await refresh.RunAsync([id], null, ct);
        var report = summary.Reports.Single();
        TempData["Flash"] = report.Status switch
        {
            RefreshStatus.Updated => $"Checked {report.Title}: {report.NewArticles} new article{(report.NewArticles == 1 ? "" : "s")}{(report.Message is null ? "" : " (" + report.Message + ")")}.",
            RefreshStatus.Unchanged => $"Checked {report.Title}: unchanged since the last check.",
            _ => $"Checked {(report.Title.Length > 0 ? report.Title : "source " + id.ToString(CultureInfo.InvariantCulture))}: {report.Status.ToString().ToLowerInvariant()}: {report.Message}",
        };
        return Redirect(BackOr(id));
    }

    private async Task<IActionResult> FinishAsync(long id, SourceChange change, Func<Source, string> done, CancellationToken ct)
    {
        if (change.NotFound)
        {
            return NotFound();
        }

        if (!change.Succeeded)
        {
            Error = change.Problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = done(change.Source!);
        return Redirect(BackOr(id));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var health = await subscriptions.HealthAsync(id, ct);
        var source = await subscriptions.FindAsync(Key(id), ct);
        if (health is null || source is null)
        {
            return false;
        }

        (Health, Source) = (health, source);
        return true;
    }

    /// <summary>Only back to a sources list of this site (never an address taken from the form elsewhere).</summary>
    private string BackOr(long id) =>
        Back is { } back && Url.IsLocalUrl(back) && (back == "/sources" || back.StartsWith("/sources?", StringComparison.Ordinal))
            ? back + "#source-" + id.ToString(CultureInfo.InvariantCulture)
            : $"/sources/{id.ToString(CultureInfo.InvariantCulture)}/edit";

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
