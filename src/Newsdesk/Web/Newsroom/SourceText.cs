using System.Globalization;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Web.Newsroom;

/// <summary>How the sources pages word health and schedule: "failing", "in 12 min", "every 2 h".</summary>
internal static class SourceText
{
    public static string State(SourceState state) => state.ToString().ToLowerInvariant();

    /// <summary>A time relative to now, either way: "3 h ago", "in 12 min".</summary>
    public static string Relative(DateTimeOffset t, DateTimeOffset now)
    {
        if (t <= now)
        {
            return TimeText.Ago(t, now);
        }

        var d = t - now;
        return d.TotalMinutes switch
        {
            < 1 => "in under a minute",
            < 60 => $"in {(int)Math.Ceiling(d.TotalMinutes)} min",
            < 48 * 60 => $"in {(int)Math.Round(d.TotalHours)} h",
            _ => t.ToUniversalTime().ToString("d MMM HH:mm", CultureInfo.InvariantCulture),
        };
    }

    public static string Interval(int? minutes) => minutes switch
    {
        null => "",
        < 60 => $"every {minutes} min",
        _ when minutes % 60 == 0 => $"every {minutes / 60} h",
        _ => $"every {minutes / 60.0:0.#} h",
    };
}
