using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extraction;

/// <summary>Parses the date formats pages state publication times in (ISO 8601 variants, RFC 1123, URL paths).</summary>
public static partial class MetadataDates
{
    /// <summary>Dates outside this range are typos or placeholders ("0001-01-01", "2099-...").</summary>
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] ExactFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz00", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyyMMdd'T'HHmmss'Z'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz",
        "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "dd.MM.yyyy", "dd.MM.yyyy HH:mm",
    ];

    /// <summary>A date as pages write it in metadata, or null when unreadable or implausible.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var text = value.Trim();

        // "-0500" offsets (no colon) are common in meta tags and not read by the general parser.
        text = OffsetWithoutColon().Replace(text, "$1:$2");
        const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed)
            || DateTimeOffset.TryParseExact(text, ExactFormats, CultureInfo.InvariantCulture, Styles, out parsed))
        {
            return parsed >= Earliest && parsed < Latest ? parsed : null;
        }

        return null;
    }

    /// <summary>The date in a URL path ("/2019/11/18/" or "/2019-11-18/"), as a last resort for Published.</summary>
    public static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlDate().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 1990 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    [GeneratedRegex(@"([+-]\d\d)(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetWithoutColon();

    [GeneratedRegex(@"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
