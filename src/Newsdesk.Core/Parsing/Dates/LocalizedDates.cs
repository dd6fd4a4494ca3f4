using System.Text;

namespace Newsdesk.Core.Parsing.Dates;

/// <summary>
/// Rewrites non-English date words into forms the other readers understand: Korean blog engines
/// (OnBlog "2004년 05월 28일 01:31:15", Nate "2004-05-25 오후 11:23:17", both in KST), Greek
/// (RFC 822 with Greek names) and Hungarian ("2004-július-13T9:15-05:00") dates.
/// </summary>
internal static class LocalizedDates
{
    private static readonly (string Local, string English)[] Greek =
    [
        ("Κυρ", "Sun"), ("Δευ", "Mon"), ("Τρι", "Tue"), ("Τετ", "Wed"), ("Πεμ", "Thu"), ("Παρ", "Fri"), ("Σαβ", "Sat"),
        ("Ιαν", "Jan"), ("Φεβ", "Feb"), ("Μάώ", "Mar"), ("Μαώ", "Mar"), ("Μαρ", "Mar"), ("Απρ", "Apr"), ("Μάι", "May"),
        ("Μαϊ", "May"), ("Μαι", "May"), ("Ιούν", "Jun"), ("Ιον", "Jun"), ("Ιούλ", "Jul"), ("Ιολ", "Jul"), ("Αύγ", "Aug"),
        ("Αυγ", "Aug"), ("Σεπ", "Sep"), ("Οκτ", "Oct"), ("Νοέ", "Nov"), ("Νοε", "Nov"), ("Δεκ", "Dec"),
    ];

    private static readonly (string Local, string Number)[] Hungarian =
    [
        ("január", "01"), ("februári", "02"), ("február", "02"), ("március", "03"), ("április", "04"), ("május", "05"),
        ("június", "06"), ("július", "07"), ("augusztus", "08"), ("szeptember", "09"), ("október", "10"),
        ("november", "11"), ("december", "12"),
    ];

    public static string Translate(string s)
    {
        if (s.All(char.IsAscii))
        {
            return s;
        }

        if (s.Contains('년', StringComparison.Ordinal) && s.Contains('월', StringComparison.Ordinal))
        {
            var digits = new StringBuilder();
            foreach (var c in s)
            {
                digits.Append(c switch { '년' or '월' => '-', '일' => ' ', _ => c });
            }

            return Collapse(digits.ToString()) + "+09:00";
        }

        if (s.Contains("오전", StringComparison.Ordinal) || s.Contains("오후", StringComparison.Ordinal))
        {
            var pm = s.Contains("오후", StringComparison.Ordinal);
            var parts = Collapse(s.Replace("오전", " ", StringComparison.Ordinal).Replace("오후", " ", StringComparison.Ordinal)).Split(' ');
            if (parts.Length == 2 && parts[1].Split(':') is { Length: >= 2 } time && int.TryParse(time[0], System.Globalization.CultureInfo.InvariantCulture, out var hour))
            {
                hour = pm && hour < 12 ? hour + 12 : (!pm && hour == 12 ? 0 : hour);
                time[0] = hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
                return parts[0] + "T" + string.Join(':', time) + "+09:00";
            }
        }

        foreach (var (local, english) in Greek)
        {
            s = s.Replace(local, english, StringComparison.Ordinal);
        }

        foreach (var (local, number) in Hungarian)
        {
            s = s.Replace(local, number, StringComparison.OrdinalIgnoreCase);
        }

        return s;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("- ", "-", StringComparison.Ordinal).Trim();
}
