using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Pipeline;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Sources;

/// <summary>Follow every feed of an OPML file (admins), with one line per outline that could not be imported.</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
internal sealed class ImportModel(SourceOpml opml) : PageModel
{
    /// <summary>5 MiB: an OPML line is ~200 bytes, so about 25,000 feeds; larger files are not subscription lists.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public OpmlImport? Result { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return Refuse("Choose an OPML file to import.");
        }

        if (Upload.Length > MaxBytes)
        {
            return Refuse($"{Upload.FileName} is larger than {MaxBytes / (1024 * 1024)} MiB; it is not a list of subscriptions.");
        }

        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(Upload.FileName);
        Result = await opml.ImportAsync(buffer.ToArray(), ct);
        if (Result.Added == 0 && Result.AlreadyFollowed == 0 && Result.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private PageResult Refuse(string problem)
    {
        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
