using System.Globalization;

namespace Newsdesk.Core.Parsing.Dates;

/// <summary>
/// Reads RFC 822-family dates token by token, so field order and punctuation may vary: the day
/// of month, month name, year, time and zone are recognised by their shape wherever they stand.
/// </summary>
internal static class Rfc822DateReader
{
    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static DateTimeOffset? Parse(string s)
    {
        int? day = null, month = null, year = null;
        int hour = 0, minute = 0, second = 0;
        double fraction = 0;
        var hasTime = false;
        var pm = false;
        var am = false;
        TimeSpan? offset = null;

        var tokens = s.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var raw in tokens)
        {
            var token = raw;
            if (token.Contains(':', StringComparison.Ordinal) && char.IsAsciiDigit(token[0]) && !hasTime)
            {
                var zoneAt = token.IndexOfAny(['+', '-', 'Z']);
                var timePart = zoneAt > 0 ? token[..zoneAt] : token;
                if (!ReadTime(timePart, ref hour, ref minute, ref second, ref fraction))
                {
                    return null;
                }

                hasTime = true;
                if (zoneAt > 0)
                {
                    offset = Zones.Offset(token[zoneAt..]);
                }

                continue;
            }

            if (token.Contains('/', StringComparison.Ordinal) && char.IsAsciiDigit(token[0]))
            {
                var parts = token.Split('/');
                if (parts.Length == 3 && parts[0].Length == 4 && AllDigits(parts))
                {
                    year = int.Parse(parts[0], CultureInfo.InvariantCulture);
                    month = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    day = int.Parse(parts[2], CultureInfo.InvariantCulture);
                    continue;
                }

                return null;
            }

            if (token.Contains('.', StringComparison.Ordinal) && token.Split('.') is { Length: 3 } dotted && dotted[2].Length == 4 && AllDigits(dotted))
            {
                // "25.05.2004", the German and central European order: day, month, year.
                day = int.Parse(dotted[0], CultureInfo.InvariantCulture);
                month = int.Parse(dotted[1], CultureInfo.InvariantCulture);
                year = int.Parse(dotted[2], CultureInfo.InvariantCulture);
                continue;
            }

            if (token.Contains('-', StringComparison.Ordinal) && char.IsAsciiLetterOrDigit(token[0]) && token.Split('-') is { Length: 3 } dashed)
            {
                // "01-Jan-2004" (RFC 850 style).
                if (ReadDayMonthYear(dashed, ref day, ref month, ref year))
                {
                    continue;
                }
            }

            if (AllDigits(token))
            {
                var n = int.Parse(token, CultureInfo.InvariantCulture);
                if (token.Length == 4 && year is null)
                {
                    year = n;
                }
                else if (token.Length <= 2 && day is null && n is >= 1 and <= 31)
                {
                    day = n;
                }
                else if (token.Length <= 2 && year is null)
                {
                    year = n < 50 ? 2000 + n : 1900 + n;
                }
                else
                {
                    return null;
                }

                continue;
            }

            var lower = token.ToLowerInvariant().TrimEnd('.');
            if (lower is "am" or "a.m")
            {
                am = true;
                continue;
            }

            if (lower is "pm" or "p.m")
            {
                pm = true;
                continue;
            }

            var monthIndex = MonthIndex(lower);
            if (monthIndex > 0 && month is null)
            {
                month = monthIndex;
                continue;
            }

            if (lower.Length >= 3 && Array.IndexOf(Days, lower[..3]) >= 0 && IsDayName(lower))
            {
                continue;
            }

            var zone = Zones.Offset(token.Trim('(', ')'));
            if (zone is not null)
            {
                offset ??= zone;
                continue;
            }

            if (token.StartsWith('(') || offset is not null)
            {
                // A comment such as "(EST)" after a numeric offset, or a zone name we do not know.
                continue;
            }

            if (token.All(char.IsAsciiLetter) && token.Length is >= 2 and <= 5 && hasTime)
            {
                // An unknown zone abbreviation: read the time as UTC.
                continue;
            }

            return null;
        }

        if (day is null || month is null || year is null)
        {
            return null;
        }

        if (pm && hour < 12)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        return FeedDateParser.Build(year.Value, month.Value, day.Value, hour, minute, second, fraction, offset ?? TimeSpan.Zero);
    }

    private static bool ReadDayMonthYear(string[] parts, ref int? day, ref int? month, ref int? year)
    {
        if (!AllDigits(parts[0]) || !AllDigits(parts[2]))
        {
            return false;
        }

        var m = MonthIndex(parts[1].ToLowerInvariant());
        if (m == 0)
        {
            return false;
        }

        day = int.Parse(parts[0], CultureInfo.InvariantCulture);
        month = m;
        var y = int.Parse(parts[2], CultureInfo.InvariantCulture);
        year = parts[2].Length <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        return true;
    }

    private static bool ReadTime(string text, ref int hour, ref int minute, ref int second, ref double fraction)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var secondsText = parts.Length == 3 ? parts[2] : "0";
        var dot = secondsText.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            var frac = secondsText[(dot + 1)..];
            if (frac.Length > 0 && AllDigits(frac))
            {
                fraction = double.Parse("0." + frac, CultureInfo.InvariantCulture);
            }

            secondsText = secondsText[..dot];
        }

        if (!AllDigits(parts[0]) || !AllDigits(parts[1]) || !AllDigits(secondsText) || parts[0].Length > 2 || parts[1].Length > 2)
        {
            return false;
        }

        hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        second = secondsText.Length == 0 ? 0 : int.Parse(secondsText, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>1-12 for an English month name or abbreviation ("Sept" included), else 0.</summary>
    private static int MonthIndex(string lower)
    {
        if (lower.Length < 3)
        {
            return 0;
        }

        var i = Array.IndexOf(Months, lower[..3]);
        if (i < 0)
        {
            return 0;
        }

        var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[i].ToLowerInvariant();
        return lower.Length == 3 || full.StartsWith(lower, StringComparison.Ordinal) || lower == "sept" ? i + 1 : 0;
    }

    private static bool IsDayName(string lower)
    {
        foreach (var name in CultureInfo.InvariantCulture.DateTimeFormat.DayNames)
        {
            if (name.StartsWith(lower, StringComparison.OrdinalIgnoreCase) || lower.Length == 3)
            {
                return true;
            }
        }

        return lower is "tues" or "thur" or "thurs";
    }

    private static bool AllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static bool AllDigits(string[] parts) => parts.All(AllDigits);
}
