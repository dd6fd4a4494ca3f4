using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Briefs.Rendering;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Pages.Briefs;

/// <summary>The brief as it will be read: the email (exact HTML sent) or the web page, drafts included.</summary>
internal sealed class PreviewModel(NewsdeskDb db) : PageModel
{
    public BriefView Brief { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, string format, CancellationToken ct)
    {
        var brief = await db.LoadBriefViewAsync(id, ct);
        if (brief is null)
        {
            return NotFound();
        }

        Brief = brief;
        Response.Headers.CacheControl = "no-store";
        if (format == "email")
        {
            Response.Headers.ContentSecurityPolicy = SecurityHeaders.EmailPolicy;
            var webUrl = $"{Request.Scheme}://{Request.Host}/archive/{Uri.EscapeDataString(brief.Slug)}";
            return Content(BriefHtmlRenderer.Render(brief, webUrl), "text/html; charset=utf-8");
        }

        return Page();
    }
}
