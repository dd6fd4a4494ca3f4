using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Pages.Archive;

/// <summary>A published brief at its permanent public address.</summary>
[AllowAnonymous]
internal sealed class ShowModel(NewsdeskDb db, IOptions<NewsroomOptions> options) : PageModel
{
    public BriefView Brief { get; private set; } = null!;

    public string SiteTitle => options.Value.SiteTitle;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var brief = await db.LoadPublishedBriefViewAsync(slug, ct);
        if (brief is null)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }
}
