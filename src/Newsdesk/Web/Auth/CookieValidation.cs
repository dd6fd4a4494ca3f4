using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Auth;

/// <summary>
/// Checks each signed-in request against the account: a removed user, a changed role or a new
/// password (all change the security stamp) ends sessions issued before.
/// </summary>
internal sealed class CookieValidation : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.UserId();
        var stamp = context.Principal?.FindFirst(NewsroomClaims.StampType)?.Value;
        var valid = false;
        if (id is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<NewsdeskDb>();
            valid = await db.Users.AsNoTracking().AnyAsync(u => u.Id == id && u.SecurityStamp == stamp, context.HttpContext.RequestAborted);
        }

        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Problem(context.HttpContext, 401, "Sign in first.") : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Problem(context.HttpContext, 403, "Your role does not allow this action.") : base.RedirectToAccessDenied(context);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Problem(HttpContext context, int status, string detail) =>
        Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
}
