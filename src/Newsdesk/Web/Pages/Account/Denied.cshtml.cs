using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Newsdesk.Web.Pages.Account;

internal sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
