using System.Security.Claims;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Api;

internal static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ClaimsPrincipal user) => Results.Ok(new MeResponse(
                user.Identity!.Name!, user.FindFirstValue(ClaimTypes.GivenName),
                user.IsAdmin() ? "admin" : user.CanEdit() ? "editor" : "viewer")))
            .RequireAuthorization(NewsroomPolicies.ApiViewer).WithTags("Account").WithSummary("Who the token belongs to");
        return app;
    }
}
