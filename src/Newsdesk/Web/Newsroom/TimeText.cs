using System.Globalization;

namespace Newsdesk.Web.Newsroom;

/// <summary>How times read in the newsroom: "3 h ago", "21 Nov 14:05" (UTC).</summary>
internal static class TimeText
{
    public static string Ago(DateTimeOffset t, DateTimeOffset now)
    {
        var d = now - t;
        return d.TotalMinutes switch
        {
            < 1 => "just now",
            < 60 => $"{(int)d.TotalMinutes} min ago",
            < 48 * 60 => $"{(int)d.TotalHours} h ago",
            _ => t.ToUniversalTime().ToString("d MMM", CultureInfo.InvariantCulture),
        };
    }

    public static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
