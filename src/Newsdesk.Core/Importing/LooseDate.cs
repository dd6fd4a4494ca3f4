using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Importing;

/// <summary>A date (and time, when given) found in a metadata line, and the words around it.</summary>
public sealed record LooseDateMatch(DateTimeOffset Value, bool HasTime, string Rest);

/// <summary>
/// Finds the date in the metadata lines pages and newsletters print: "July 12, 2025",
/// "12 July, 2025 Saturday", "Published: 13 Jul. 2025, 19:01", "Posted July. 12, 2025 07:12,",
/// "Published 2025.07.13. 11:19", "Jul 13, 2025 10:20 am KST", "2026-11-20T09:30:00+09:00".
/// Times without a zone are taken as UTC; named zones come from <see cref="ZoneOffsets"/>.
/// </summary>
public static partial class LooseDate
{
    /// <summary>Zone abbreviations seen on the beat's outlets; others are read as UTC.</summary>
    private static readonly Dictionary<string, TimeSpan> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KST"] = TimeSpan.FromHours(9), ["JST"] = TimeSpan.FromHours(9), ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(8), ["MSK"] = TimeSpan.FromHours(3),
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthName = @"(?<month>Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?";

    private const string Time = @"(\s*[,/|·@–-]?\s*(at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})(:\d{2})?\s*(?<ampm>[ap]\.?m\.?)?\s*(?<zone>[A-Z]{3}\b)?)?";

    [GeneratedRegex(@"\b(?<iso>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<day>\d{1,2})(st|nd|rd|th)?,?\s+(?<year>\d{4})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+" + MonthName + @",?\s+(?<year>\d{4})\b" + Time, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>\d{4})[.\-/](?<monthnum>\d{1,2})[.\-/](?<day>\d{1,2})\b\.?" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOnly();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{3})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    private static readonly char[] Separators = [' ', ',', ';', ':', '/', '|', '·', '•', '-', '–', '—', '(', ')'];

    /// <summary>A line holding only a weekday or a time ("Sunday", "15:16"): page furniture around a date.</summary>
    public static bool IsWeekdayOrTime(string line) => WeekdayOnly().IsMatch(line.Trim()) || TimeOnly().IsMatch(line.Trim());

    /// <summary>The first date in the text, with the text left once the date, weekdays and punctuation are gone.</summary>
    public static LooseDateMatch? Find(string text)
    {
        var iso = Iso().Match(text);
        if (iso.Success && DateTimeOffset.TryParse(iso.Groups["iso"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return new LooseDateMatch(parsed, true, RestOf(text, iso));
        }

        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), Numeric() })
        {
            var m = regex.Match(text);
            if (m.Success && Build(m) is { } value)
            {
                return new LooseDateMatch(value, m.Groups["hour"].Success, RestOf(text, m));
            }
        }

        return null;
    }

    private static DateTimeOffset? Build(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["month"].Success
            ? Array.IndexOf(Months, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1
            : int.Parse(m.Groups["monthnum"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = 0;
        var minute = 0;
        var offset = TimeSpan.Zero;
        if (m.Groups["hour"].Success)
        {
            hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
            var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
            if (ampm.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            if (m.Groups["zone"].Success && ZoneOffsets.TryGetValue(m.Groups["zone"].Value, out var zone))
            {
                offset = zone;
            }

            if (hour > 23 || minute > 59)
            {
                hour = minute = 0;
            }
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, offset);
    }

    private static string RestOf(string text, Match m)
    {
        var rest = text[..m.Index] + " " + text[(m.Index + m.Length)..];
        return Filler().Replace(rest, " ").Trim().Trim(Separators).Trim();
    }
}
