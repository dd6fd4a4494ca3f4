using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Parsing.Dates;

/// <summary>
/// Reads the dates feeds really write. Cascade, first match wins:
/// 1. W3CDTF / ISO 8601 (RFC 3339, reduced precision "2004" and "2004-07", basic "20040708T1200Z",
///    ordinal "2004-190", a space instead of "T", SQL-style fractions, "2004/07/08");
/// 2. Unix timestamps (9 to 11 digits);
/// 3. RFC 822 / 1123 / 2822 and their real-world variants, read token by token: optional or full day
///    names, full month names, two-digit years, missing seconds or time, "a.m./p.m.", named zones
///    (EST, CEST, JST...) and offsets with or without a colon, plus asctime ("Sun Jan  4 16:29:06 2004")
///    Perforce ("Fri, 2006/09/15 08:19:53 EDT") and central European ("25.05.2004 14:30") orders;
/// after first translating Korean (OnBlog, Nate), Greek and Hungarian date words to their English
/// or numeric forms. A date without a zone is taken as UTC.
/// </summary>
public static partial class FeedDateParser
{
    /// <summary>The instant a feed date denotes, or null when it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = LocalizedDates.Translate(text.Trim());
        return ParseIso(s) ?? ParseUnix(s) ?? Rfc822DateReader.Parse(s);
    }

    [GeneratedRegex(@"^(\d{4})(?:(?:-?(\d{2})(?:-?(\d{2}))?)|-?(\d{3}))?(?:(?:[Tt]|\s+)(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashPattern();

    private static DateTimeOffset? ParseIso(string s)
    {
        if (s.Length < 4 || !char.IsAsciiDigit(s[0]))
        {
            return null;
        }

        var m = IsoPattern().Match(s);
        if (m.Success)
        {
            var year = Int(m.Groups[1]);
            int month = 1, day = 1;
            if (m.Groups[4].Success)
            {
                var ordinal = Int(m.Groups[4]);
                if (ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
                {
                    return null;
                }

                var date = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(ordinal - 1);
                month = date.Month;
                day = date.Day;
            }
            else
            {
                month = m.Groups[2].Success ? Int(m.Groups[2]) : 1;
                day = m.Groups[3].Success ? Int(m.Groups[3]) : 1;
            }

            var hour = m.Groups[5].Success ? Int(m.Groups[5]) : 0;
            var minute = m.Groups[6].Success ? Int(m.Groups[6]) : 0;
            var second = m.Groups[7].Success ? Int(m.Groups[7]) : 0;
            var fraction = m.Groups[8].Success ? double.Parse("0." + m.Groups[8].Value, CultureInfo.InvariantCulture) : 0;
            var offset = m.Groups[9].Success ? Zones.Offset(m.Groups[9].Value) : TimeSpan.Zero;
            return Build(year, month, day, hour, minute, second, fraction, offset ?? TimeSpan.Zero);
        }

        var slash = SlashPattern().Match(s);
        if (slash.Success)
        {
            var offset = slash.Groups[7].Success ? Zones.Offset(slash.Groups[7].Value) : TimeSpan.Zero;
            return Build(
                Int(slash.Groups[1]), Int(slash.Groups[2]), Int(slash.Groups[3]),
                slash.Groups[4].Success ? Int(slash.Groups[4]) : 0,
                slash.Groups[5].Success ? Int(slash.Groups[5]) : 0,
                slash.Groups[6].Success ? Int(slash.Groups[6]) : 0,
                0,
                offset ?? TimeSpan.Zero);
        }

        return null;
    }

    private static DateTimeOffset? ParseUnix(string s)
    {
        if (s.Length is < 9 or > 11 || !s.All(char.IsAsciiDigit))
        {
            return null;
        }

        return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Builds the instant, accepting 24:00 and leap second 60 as real feeds write them.</summary>
    internal static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, double fraction, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 24 || minute > 59 || second > 60 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        var extra = TimeSpan.Zero;
        if (hour == 24)
        {
            hour = 0;
            extra = TimeSpan.FromDays(1);
        }

        if (second == 60)
        {
            second = 59;
            extra += TimeSpan.FromSeconds(1);
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified) + extra + TimeSpan.FromTicks((long)(fraction * TimeSpan.TicksPerSecond));
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
