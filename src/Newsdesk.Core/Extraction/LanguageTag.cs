using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extraction;

/// <summary>Normalizes declared languages ("en_US", "EN-us", "en-US,en") to one BCP 47 tag ("en-US").</summary>
internal static partial class LanguageTag
{
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            return null;
        }

        var first = value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var match = Tag().Match(first.Replace('_', '-'));
        if (!match.Success)
        {
            return null;
        }

        var primary = match.Groups[1].Value.ToLowerInvariant();
        var region = match.Groups[2].Success ? match.Groups[2].Value : null;
        if (region is null)
        {
            return primary;
        }

        // Two-letter subtags are regions (upper case); longer ones are scripts or variants (kept as written, title-cased scripts).
        region = region.Length == 2 ? region.ToUpperInvariant() : char.ToUpperInvariant(region[0]) + region[1..].ToLowerInvariant();
        return primary + "-" + region;
    }

    [GeneratedRegex(@"^([A-Za-z]{2,3})(?:-([A-Za-z]{2}|[A-Za-z]{4}|\d{3}))?(?:-.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
