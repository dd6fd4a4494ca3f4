namespace Newsdesk.Core.Extraction;

/// <summary>Resolves page URLs against the page address, keeping only absolute http and https links.</summary>
internal static class SafeUrl
{
    /// <summary>Longest URL kept; data: URIs and tracking blobs beyond it are noise, not links.</summary>
    public const int MaxUrlChars = 2048;

    public static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > MaxUrlChars)
        {
            return null;
        }

        href = href.Trim();
        Uri? absolute;
        if (baseUrl is not null && baseUrl.IsAbsoluteUri)
        {
            if (!Uri.TryCreate(baseUrl, href, out absolute))
            {
                return null;
            }
        }
        else if (!Uri.TryCreate(href, UriKind.Absolute, out absolute))
        {
            return null;
        }

        return absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
    }
}
