using System.Globalization;

namespace Newsdesk.Core.Fetching;

/// <summary>Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
public static class RetryAfter
{
    /// <summary>The instant the server asked us to wait until, or null when absent or unreadable.</summary>
    public static DateTimeOffset? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            // Clamp absurd values before building a TimeSpan; callers cap the delay anyway.
            return now + TimeSpan.FromSeconds(Math.Min(seconds, 365L * 24 * 3600));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return date < now ? now : date;
        }

        return null;
    }
}
