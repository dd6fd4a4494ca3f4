using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>Every source as an OPML download (editors), for another reader or a backup.</summary>
[Authorize(Policy = NewsroomPolicies.Editor)]
internal sealed class ExportModel(SourceOpml opml, TimeProvider clock) : PageModel
{
    public const string ContentType = "text/x-opml; charset=utf-8";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        File(await opml.ExportAsync(ct), ContentType, FileName(clock.GetUtcNow()));

    public static string FileName(DateTimeOffset now) => $"newsdesk-sources-{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.opml";
}
