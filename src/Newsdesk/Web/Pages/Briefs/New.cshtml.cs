using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Publishing;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Briefs;

[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class NewModel(BriefEditor editor, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DateOnly Date { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Date == default)
        {
            Error = "Choose the day the brief covers.";
            return Page();
        }

        var brief = await editor.CreateDraftAsync(Date, Title, ct);
        return Redirect($"/briefs/{brief.Id}/edit");
    }
}
