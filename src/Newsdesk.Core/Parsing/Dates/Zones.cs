using System.Globalization;

namespace Newsdesk.Core.Parsing.Dates;

/// <summary>Time zone names and numeric offsets as feeds write them.</summary>
internal static class Zones
{
    /// <summary>
    /// Named zones seen in feeds. RFC 822 defines UT/GMT and the US zones; the rest are common
    /// abbreviations. Military one-letter zones other than Z are read as UTC, as RFC 2822 4.3
    /// advises (their sign was published reversed and cannot be trusted).
    /// </summary>
    private static readonly Dictionary<string, double> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AST"] = -4, ["ADT"] = -3, ["NST"] = -3.5, ["NDT"] = -2.5, ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
        ["BST"] = 1, ["IST"] = 5.5, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2, ["WEST"] = 1, ["EET"] = 2, ["EEST"] = 3,
        ["MSK"] = 3, ["JST"] = 9, ["KST"] = 9, ["HKT"] = 8, ["SGT"] = 8, ["AWST"] = 8, ["ACST"] = 9.5, ["AEST"] = 10,
        ["AEDT"] = 11, ["NZST"] = 12, ["NZDT"] = 13,
    };

    /// <summary>The offset of a zone token ("EST", "+0100", "-05:00", "+1", "GMT+2"), or null when it is not one.</summary>
    public static TimeSpan? Offset(string token)
    {
        var t = token.Trim().TrimEnd('.');
        if (t.Length == 0)
        {
            return null;
        }

        if (Named.TryGetValue(t, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        if (t.Length == 1 && char.IsAsciiLetter(t[0]) && t[0] is not ('j' or 'J'))
        {
            return TimeSpan.Zero;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["GMT", "UTC", "UT"])
        {
            if (t.Length > prefix.Length && t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && t[prefix.Length] is '+' or '-')
            {
                t = t[prefix.Length..];
                break;
            }
        }

        if (t[0] is not ('+' or '-'))
        {
            return null;
        }

        var sign = t[0] == '-' ? -1 : 1;
        var digits = t[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is < 1 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        int h, m;
        if (digits.Length <= 2)
        {
            h = int.Parse(digits, CultureInfo.InvariantCulture);
            m = 0;
        }
        else
        {
            h = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            m = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }

        return h > 14 || m > 59 ? null : sign * new TimeSpan(h, m, 0);
    }
}
