using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Newsdesk.Web.Pages.Account;

/// <summary>Where a signed-in user lands when their role does not allow a page.</summary>
internal sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
