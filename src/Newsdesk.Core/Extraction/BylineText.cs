using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extraction;

/// <summary>
/// Cleans a byline as pages write it ("By Jane Roe and John Doe | Updated 5:30 PM") into
/// person names. Rules, in order:
/// 1. drop the lead-in word ("By", "Written by", "Por", "Von", "Par", "Автор:");
/// 2. cut at the first separator that starts other matter (a bar, a bullet, a date or time,
///    "Updated", "Published", a Twitter handle, a line break);
/// 3. split co-authors at commas, "and", "&amp;";
/// 4. keep a name when it has a letter, no digit, at most <see cref="MaxNameWords"/> words and no URL.
/// </summary>
internal static partial class BylineText
{
    /// <summary>Longest credible name, in words ("Maria de los Angeles Garcia Lopez" has 7).</summary>
    public const int MaxNameWords = 7;

    public const int MaxNameChars = 80;

    public static IEnumerable<string> Split(string? byline)
    {
        var text = PageMetadata.Clean(byline);
        if (text is null || text.Length > 300 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        // 1. lead-in
        text = LeadIn().Replace(text, "");

        // 2. other matter
        var cut = OtherMatter().Match(text);
        if (cut.Success)
        {
            text = text[..cut.Index];
        }

        // 3. co-authors
        foreach (var part in CoAuthorSeparator().Split(text))
        {
            var name = part.Trim().Trim(',', ';', ':', '-', '\u2013', '\u2014', '.').Trim();
            if (IsName(name))
            {
                yield return name;
            }
        }
    }

    // 4. plausibility
    private static bool IsName(string name)
    {
        if (name.Length < 2 || name.Length > MaxNameChars || !name.Any(char.IsLetter) || name.Any(char.IsDigit))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxNameWords && !name.Contains('/', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*((written|posted|reported|words|story|text|reporting|published|photos?)\s+by|by|por|von|par|di|door|av|af|da|de|autor|auteur|автор|author|authors)\s*[:\-]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*(\||•|·|\u2022|\n|\bupdated\b|\bpublished\b|\bposted\b|\bon (mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}:\d\d|\b\d{1,2}/\d{1,2}/\d{2,4}|\b(19|20)\d\d\b|@\w|\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\bfollow\b|\be-?mail\b|\btwitter\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherMatter();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoAuthorSeparator();
}
