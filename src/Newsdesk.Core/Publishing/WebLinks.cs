namespace Newsdesk.Core.Publishing;

/// <summary>Which links may be shown to readers: absolute http and https only (no javascript:, data:, file:).</summary>
public static class WebLinks
{
    public static bool IsSafe(string? url) =>
        url is not null
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>The link when it is safe to show, else null.</summary>
    public static string? SafeOrNull(string? url) => IsSafe(url) ? new Uri(url!.Trim(), UriKind.Absolute).AbsoluteUri : null;
}
