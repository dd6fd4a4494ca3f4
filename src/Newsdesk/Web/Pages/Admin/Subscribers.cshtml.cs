using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Admin;

/// <summary>The readers of the emailed brief (admins): add, unsubscribe, import a CSV (the CLI's `subscribers`).</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
internal sealed class SubscribersModel(MailingList list) : PageModel
{
    /// <summary>A CSV of subscribers is a few hundred bytes a reader; 5 MB is tens of thousands of them.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<Subscriber> Subscribers { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Subscribers = await list.ListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) => await FinishAsync(await list.AddAsync(Email, Name, ct), ct);

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) => await FinishAsync(await list.RemoveAsync(Email, ct), ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await FailAsync("Choose a CSV file with an email column (and a name column if you have one).", ct);
        }

        if (file.Length > MaxImportBytes)
        {
            return await FailAsync($"{file.FileName} is larger than {MaxImportBytes / (1024 * 1024)} MB.", ct);
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var import = await list.ImportCsvAsync(reader, ct);
        TempData["Flash"] = $"{file.FileName}: {import.SummaryLine}";
        if (import.Problems.Count > 0)
        {
            // The rows that could not be read stay on the page, each with its line.
            ImportProblems = import.Problems;
            await OnGetAsync(ct);
            return Page();
        }

        return Redirect("/admin/subscribers");
    }

    private async Task<IActionResult> FinishAsync(SubscriberChange change, CancellationToken ct)
    {
        if (!change.Succeeded)
        {
            return await FailAsync(change.Message, ct);
        }

        TempData["Flash"] = change.Message;
        return Redirect("/admin/subscribers");
    }

    private async Task<IActionResult> FailAsync(string problem, CancellationToken ct)
    {
        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync(ct);
        return Page();
    }
}
