using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Tidies names read from bylines and sign-offs: "BY OH HYUN-SEOK," becomes "Oh Hyun-seok".</summary>
public static partial class PersonNames
{
    [GeneratedRegex(@"^(by|from)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static string Tidy(string raw)
    {
        var name = ByPrefix().Replace(raw.Trim(), "").Trim(' ', ',', ';', '|', '·', '-', '—');
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper) && !NewsAgencies.IsAgency(name))
        {
            // Capitalised sign-offs: title-case each word, but keep the part after a hyphen lower
            // case, as romanised Korean given names are written ("Hyun-seok").
            name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TitleCase));
        }

        return name;
    }

    private static string TitleCase(string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
