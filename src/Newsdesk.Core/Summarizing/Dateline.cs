using System.Text.RegularExpressions;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// The dateline that opens wire and broadcast copy ("SEOUL, Nov. 22 (Yonhap) -- ", "New Delhi,
/// India (CNN)", "LONDON (Reuters) - ", "PYONGYANG — ", AP wire files' "WASHINGTON (AP) _ "). It is not part of the lead's sentence:
/// a summary that starts with it shows page furniture and, on CNN/DM dev, costs ROUGE precision.
/// </summary>
internal static partial class Dateline
{
    /// <summary>The number of characters of <paramref name="sentence"/> that are a dateline (0 when none).</summary>
    public static int Length(string sentence)
    {
        var match = AgencyDateline().Match(sentence);
        if (!match.Success)
        {
            match = CapitalsDateline().Match(sentence);
        }

        // A dateline never is the whole sentence.
        return match.Success && match.Length < sentence.Length ? match.Length : 0;
    }

    /// <summary>
    /// Up to six capitalised or numeric words (place, date), then an agency in parentheses, then a
    /// dash or the first word glued to the parenthesis. "Kim Jong Un (KJU) said" is not one: no
    /// dash, and a space before "said".
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Z0-9][\w.'’-]*,?\s+){0,6}\([A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*)?\)(?:\s*(?:--|—|–|-|_)\s*|(?=[A-Z""“‘])|\s+(?=[A-Z""“‘])(?<=^\([^)]*\)\s+))", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    /// <summary>A place in capitals and a dash: "SEOUL — ", "WASHINGTON, D.C. -- ".</summary>
    [GeneratedRegex(@"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]*){0,3}\s+(?:--|—|–|_)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsDateline();
}
