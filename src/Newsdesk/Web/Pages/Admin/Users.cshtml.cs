using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Pages.Admin;

/// <summary>Manage accounts (admins).</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
internal sealed class UsersModel(NewsdeskDb db, UserAccounts accounts) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public UserRole Role { get; set; }

    public IReadOnlyList<User> Users { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        Finish(accounts.AddAsync(UserName, Password, Role, DisplayName, ct), "Added {0}.", ct);

    public Task<IActionResult> OnPostRoleAsync(CancellationToken ct) =>
        Finish(accounts.SetRoleAsync(UserName, Role, ct), "{0} is now " + Role.ToString().ToLowerInvariant() + ".", ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        Finish(accounts.RemoveAsync(UserName, ct), "Removed {0}.", ct);

    private async Task<IActionResult> Finish(Task<AccountResult<User>> change, string done, CancellationToken ct)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            Error = result.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(ct);
            return Page();
        }

        TempData["Flash"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, done, result.Value!.UserName);
        return Redirect("/admin/users");
    }
}
