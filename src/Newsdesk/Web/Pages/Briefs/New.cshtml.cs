using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Publishing;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Briefs;

[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class NewModel(BriefEditor editor, DraftBrief draft, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DateOnly Date { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    /// <summary>
    /// Start from the day's stories ranked by the beat, with quotes of the day, else an empty draft.
    /// The form ticks it; a post that does not say asks for an empty draft.
    /// </summary>
    [BindProperty]
    public bool FromStories { get; set; }

    public string? Error { get; private set; }

    /// <summary>Today, or the day of the latest stored article when nothing is stored for today yet.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Date = await draft.LatestDayAsync(ct) is { } latest && latest < today ? latest : today;
        FromStories = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Date == default)
        {
            Error = "Choose the day the brief covers.";
            return Page();
        }

        if (!FromStories)
        {
            var empty = await editor.CreateDraftAsync(Date, Title, ct);
            return Redirect($"/briefs/{empty.Id}/edit");
        }

        var result = await draft.DraftNewAsync(Date, Title, ct);
        if (result.Brief is null)
        {
            Error = $"Nothing to start from: {result.Problem}. Untick \"Start from the day's stories\" for an empty draft.";
            return Page();
        }

        return Redirect($"/briefs/{result.Brief.Id}/edit");
    }
}
