namespace Newsdesk.Web;

/// <summary>
/// Response headers that keep pages inert even if some text slipped through unencoded: scripts
/// only from our own /static files (no inline script, no eval), no plugins, no framing by others.
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>For email previews, whose styles must be inline (mail clients ignore style sheets): still no script at all.</summary>
    public const string EmailPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "SAMEORIGIN";
        return next();
    }
}
