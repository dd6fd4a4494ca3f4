using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Publishing;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Briefs;

/// <summary>Adds a story or article to the current draft (the inbox's x key and "+ Brief" buttons).</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class AddItemModel(BriefEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? StoryId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? ArticleId { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = await editor.CurrentDraftAsync(ct);
        var change = await editor.AddItemAsync(draft.Id, StoryId, ArticleId, ct);
        var wantsJson = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        if (wantsJson)
        {
            return new JsonResult(new { status = change.Status.ToString(), briefId = change.BriefId, version = change.Version, message = change.Message ?? $"Added to “{draft.Title}”." })
            {
                StatusCode = change.Succeeded ? 200 : 400,
            };
        }

        if (!change.Succeeded)
        {
            Message = change.Message;
            return Page();
        }

        TempData["Flash"] = change.Message ?? $"Added to “{draft.Title}”.";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : $"/briefs/{draft.Id}/edit");
    }
}
