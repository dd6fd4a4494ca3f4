using System.Collections.Frozen;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Stories;

/// <summary>
/// A light stand-in for named-entity recognition: runs of capitalised words ("Lindsay Lohan",
/// "Betty Ford Center", "KCNA") that are probably names of people, places or organisations.
/// 1. a capitalised word that starts a sentence counts only when the document never writes it in
///    lower case and it is not a function word ("The", "But"), so "Authorities said" is not a name;
/// 2. "of", "de", "al", "bin", "van", "von" join two capitalised runs ("Bank of Korea");
/// 3. month and weekday names are dates, not names;
/// 4. a title in Title Case gives no evidence (every word is capitalised) and is skipped by the caller.
/// </summary>
public static class CapitalisedSpans
{
    private static readonly FrozenSet<string> Joiners = new[] { "of", "de", "del", "da", "al", "bin", "van", "von", "der", "la", "le" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Month and weekday names (and their usual abbreviations): dates, never names.</summary>
    public static readonly FrozenSet<string> CalendarWords = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The spans found in <paramref name="text"/> (tokens from <see cref="Tokenizer.Tokenize"/>), in order, as written.</summary>
    public static List<string> Find(string text, IReadOnlyList<Token> tokens)
    {
        var lowerSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (char.IsLower(text[t.Start]))
            {
                lowerSeen.Add(t.Value);
            }
        }

        var spans = new List<string>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(text, tokens[i], lowerSeen, requireStrong: IsSentenceStart(text, tokens[i].Start)))
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            var j = i + 1;
            while (j < tokens.Count && Adjacent(text, tokens[j - 1], tokens[j]))
            {
                if (IsNameWord(text, tokens[j], lowerSeen, requireStrong: false))
                {
                    last = j;
                    j++;
                }
                else if (Joiners.Contains(tokens[j].Value) && j + 1 < tokens.Count && Adjacent(text, tokens[j], tokens[j + 1])
                    && IsNameWord(text, tokens[j + 1], lowerSeen, requireStrong: false))
                {
                    last = j + 1;
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            spans.Add(text[tokens[first].Start..tokens[last].End]);
            i = last + 1;
        }

        return spans;
    }

    /// <summary>True when most words of a title are capitalised, so capitals say nothing about names.</summary>
    public static bool IsTitleCase(string title, IReadOnlyList<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (!char.IsLetter(title[t.Start]) || Stopwords.IsStopword(t.Value))
            {
                continue;
            }

            words++;
            if (char.IsUpper(title[t.Start]))
            {
                capitalised++;
            }
        }

        // Sentence-case titles capitalise the first word and the names; even a name-heavy one
        // ("Lindsay Lohan checks into rehab at Betty Ford", 4 of 6) stays under three quarters.
        return words >= 3 && capitalised >= 0.75 * words;
    }

    private static bool IsNameWord(string text, Token t, HashSet<string> lowerSeen, bool requireStrong)
    {
        if (!char.IsUpper(text[t.Start]) || CalendarWords.Contains(t.Value) || Stopwords.IsStopword(t.Value))
        {
            return false;
        }

        return !requireStrong || !lowerSeen.Contains(t.Value);
    }

    /// <summary>Two tokens separated only by spaces, a hyphen or a period of an initial ("Kim Jong-un", "J. Smith").</summary>
    private static bool Adjacent(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (gap.Length == 0 || gap.Length > 3)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '.' or '\u00A0'))
            {
                return false;
            }
        }

        return !(gap.Contains('.') && a.Length > 1);
    }

    private static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '[' or '\u00A0'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '\r' or '—' or '-' or '|';
    }
}
