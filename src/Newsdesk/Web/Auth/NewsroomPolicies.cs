using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Auth;

/// <summary>
/// Authorization policies. Everything needs a signed-in user (the fallback policy) unless marked
/// [AllowAnonymous]; viewers read, editors also write briefs, admins also manage users and sources.
/// </summary>
internal static class NewsroomPolicies
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>The API's policies: same roles, but only bearer tokens (cookies never authorize API calls, so no CSRF there).</summary>
    public const string ApiViewer = "api-viewer";
    public const string ApiEditor = "api-editor";
    public const string ApiAdmin = "api-admin";

    public static string RoleName(UserRole role) => role switch
    {
        UserRole.Admin => "admin",
        UserRole.Editor => "editor",
        _ => "viewer",
    };

    public static readonly string[] EditorRoles = ["editor", "admin"];
    public static readonly string[] AdminRoles = ["admin"];
}
