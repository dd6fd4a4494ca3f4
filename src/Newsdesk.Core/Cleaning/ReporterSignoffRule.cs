using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>
/// The reporter's sign-off at the end of wire copy: a bare address ("pbr@yna.co.kr"), a name with
/// an address ("Hyo-Ju Son hjson@donga.com"), or a capitalised byline with one ("BY OH HYUN-SEOK [x@y]").
/// The importers read the byline from it before cleaning.
/// </summary>
public sealed partial class ReporterSignoffRule : JunkRule
{
    /// <summary>A sign-off is a name and an address; eight words allows a long name with a title.</summary>
    private const int MaxWords = 8;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(BY|By|by)\s+[\p{Lu}][\p{L}.' -]+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareByline();

    /// <summary>The rule's name, for readers that take the byline from the lines it removed.</summary>
    public const string RuleName = "reporter-signoff";

    public override string Name => RuleName;

    public override bool IsPositional => true;

    public override JunkVerdict Judge(JunkContext context, int index)
    {
        if (!context.IsInTail(index))
        {
            return JunkVerdict.Keep;
        }

        var p = context.Text(index);
        if (JunkContext.Words(Email().Replace(p, "")) > MaxWords)
        {
            return JunkVerdict.Keep;
        }

        var isLast = index == context.Paragraphs.Count - 1;
        if (Email().IsMatch(p) && !p.TrimEnd().EndsWith('.'))
        {
            return JunkVerdict.Drop;
        }

        return isLast && BareByline().IsMatch(p) ? JunkVerdict.Drop : JunkVerdict.Keep;
    }

    /// <summary>The name in a sign-off line, or null when the line is not one.</summary>
    public static string? NameIn(string line)
    {
        if (!Email().IsMatch(line))
        {
            return null;
        }

        var withoutEmail = Email().Replace(line, "").Replace("[]", "").Replace("()", "").Trim(' ', '[', ']', '(', ')', ',', '|', '-');
        if (withoutEmail.Length == 0 || withoutEmail == line.Trim() || JunkContext.Words(withoutEmail) > MaxWords)
        {
            return null;
        }

        var name = PersonNames.Tidy(withoutEmail);
        return PersonName().IsMatch(name) ? name : null;
    }

    /// <summary>One to five capitalised words: "Hyo-Ju Son", "Oh Hyun-seok".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'.-]*(\s+\p{Lu}[\p{L}'.-]*){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();
}
