namespace Newsdesk.Core.Parsing;

/// <summary>
/// What the HTTP response said about a feed document: its URL (the base for relative links), its
/// Content-Type (media type and charset) and the other headers (Content-Location, Content-Language).
/// </summary>
public sealed record FeedContext(Uri? DocumentUrl, string? ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A header value by case-insensitive name, or null.</summary>
    public string? Header(string name)
    {
        if (Headers is null)
        {
            return null;
        }

        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
