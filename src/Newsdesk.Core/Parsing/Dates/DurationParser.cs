using System.Globalization;

namespace Newsdesk.Core.Parsing.Dates;

/// <summary>Reads media durations and chapter starts: "HH:MM:SS(.fff)", "MM:SS", or seconds.</summary>
public static class DurationParser
{
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length > 3)
        {
            return null;
        }

        double total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (!double.TryParse(parts[i], last ? NumberStyles.AllowDecimalPoint : NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return null;
            }

            total = (total * 60) + value;
        }

        return total > TimeSpan.MaxValue.TotalSeconds ? null : TimeSpan.FromSeconds(total);
    }
}
