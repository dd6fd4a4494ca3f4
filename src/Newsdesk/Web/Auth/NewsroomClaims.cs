using System.Globalization;
using System.Security.Claims;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Auth;

/// <summary>The claims a signed-in newsroom user carries, and reading them back.</summary>
internal static class NewsroomClaims
{
    public const string StampType = "newsdesk:stamp";

    public static ClaimsPrincipal Principal(User user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, NewsroomPolicies.RoleName(user.Role)),
            new(StampType, user.SecurityStamp),
        };
        if (user.DisplayName is not null)
        {
            claims.Add(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool CanEdit(this ClaimsPrincipal principal) => principal.IsInRole("editor") || principal.IsInRole("admin");

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole("admin");

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.GivenName) ?? principal.Identity?.Name ?? "";

    /// <summary>The name a story's history gives for a change this user made (display name, else user name).</summary>
    public static string Editor(this ClaimsPrincipal principal) => principal.DisplayName() is { Length: > 0 } name ? name : "an editor";
}
