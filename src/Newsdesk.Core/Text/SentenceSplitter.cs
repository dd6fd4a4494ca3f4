using System.Collections.Frozen;

namespace Newsdesk.Core.Text;

/// <summary>
/// Splits English news text into sentences, returning exact spans so that every sentence can be
/// checked verbatim against its source. Paragraph breaks (blank lines or single newlines) always
/// end a sentence, except in hard-wrapped text (<see cref="HardWrap"/>), where a single line break
/// inside a paragraph is a space. Rules, in order, for a '.', '!' or '?':
/// 1. a run of terminal marks and closing quotes/brackets is one boundary (`?!`, `."`, `.)`);
/// 2. no boundary inside numbers (3.5, 1.000), e-mail addresses and URLs (no space follows);
/// 3. no boundary after a known abbreviation (Gen., Dr., Jan., U.S. before a lower-case word) or a
///    single capital initial (Kim J. Smith) — news bylines and titles are full of both; dotted
///    initials (J.R.R., C.S.) split only before a function word, like U.S.; a letter run glued to
///    a digit or an apostrophe ("1980s.", "53rd.", "Biden's.") is never an abbreviation;
/// 4. no boundary when the next word starts in lower case (a quote or abbreviation mid-sentence:
///    `"Stop." he said` is rare; `U.N. officials` is common);
/// 5. otherwise a boundary before the next non-space character.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations that are followed by a period and usually not by a sentence end.</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "cmdr", "gov", "sen", "rep", "reps", "pres", "amb", "hon", "rev", "gens", "brig", "cpl", "pvt", "supt", "insp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est", "approx", "no", "nos", "vol", "vols",
        "fig", "figs", "p", "pp", "para", "paras", "ch", "art", "sec", "ed", "eds", "al", "etc", "vs", "cf", "viz", "ca",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "n", "s", "anniv", "ave", "blvd", "rd", "ret",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that end sentences often enough ("...in the U.S. The talks...") to split when a capital follows.</summary>
    private static readonly FrozenSet<string> SentenceFinalAbbreviations = new[]
    {
        "u.s", "u.k", "u.n", "e.u", "etc", "inc", "corp", "co", "ltd", "llc", "plc", "a.m", "p.m", "jr", "sr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var wrapped = HardWrap.IsWrapped(text);
        var start = SkipSpace(text, 0, wrapped);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && !(wrapped && HardWrap.IsSoftBreak(text, i)))
            {
                Add(result, text, start, i);
                start = SkipSpace(text, i + 1, wrapped);
                i = start;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }

                if (IsBoundary(text, i, end, wrapped))
                {
                    Add(result, text, start, end);
                    start = SkipSpace(text, end, wrapped);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>
    /// Where the last whole sentence of <paramref name="text"/> that ends within <paramref name="maxLength"/>
    /// characters ends (after its mark and closing quote), or 0 when the first sentence is longer. Cutting
    /// there never breaks "$1.47" or "U.S. officials" the way the last '.' would.
    /// </summary>
    public static int EndWithin(string text, int maxLength)
    {
        var last = 0;
        foreach (var sentence in Split(text))
        {
            var end = sentence.Start + sentence.Length;
            if (end > maxLength)
            {
                break;
            }

            last = end;
        }

        return last;
    }

    /// <summary>The sentences' texts only.</summary>
    public static IEnumerable<string> SplitTexts(string text) => Split(text).Select(s => s.Text);

    private static bool IsBoundary(string text, int mark, int end, bool wrapped)
    {
        // 2. A terminal mark must be followed by whitespace (or the end) to end a sentence.
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = SkipSpace(text, end, wrapped);
        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var nextChar = text[next];
        if (text[mark] == '.' && end == mark + 1)
        {
            var word = WordBefore(text, mark);
            // 3. Initials and abbreviations.
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false;
            }

            if (GluedToPrevious(text, mark - word.Length))
            {
                return !char.IsLower(nextChar);
            }

            if (Abbreviations.Contains(word.ToString()))
            {
                return SentenceFinalAbbreviations.Contains(word.ToString()) && char.IsUpper(nextChar) && StartsWithFunctionWord(text, next);
            }

            if (IsDottedInitials(word) && char.IsUpper(nextChar))
            {
                return StartsWithFunctionWord(text, next);
            }
        }

        // 4. A lower-case continuation is not a new sentence.
        if (char.IsLower(nextChar))
        {
            return false;
        }

        // A digit after "No." style is handled above; after a sentence a digit may legitimately start one.
        return true;
    }

    /// <summary>
    /// After "U.S." a capitalised word may continue the sentence ("U.S. Forces Korea") or start the
    /// next one ("...in the U.S. The talks"). Sentences mostly start with a function word (The, But,
    /// It, In), names rarely are one, so only a capitalised function word splits.
    /// </summary>
    private static bool StartsWithFunctionWord(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > index && Stopwords.IsStopword(text[index..i].ToLowerInvariant());
    }

    private static ReadOnlySpan<char> WordBefore(string text, int mark)
    {
        var i = mark;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i - 2 >= 0 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return text.AsSpan(i, mark - i);
    }

    /// <summary>"1980s", "53rd", "Biden's": the letters before the period end a longer token.</summary>
    private static bool GluedToPrevious(string text, int wordStart)
    {
        if (wordStart <= 0)
        {
            return false;
        }

        var before = text[wordStart - 1];
        return char.IsDigit(before) || (before is '\'' or '’' && wordStart >= 2 && char.IsLetter(text[wordStart - 2]));
    }

    /// <summary>Upper-case initials joined by periods: "J.R.R", "C.S", "L.M" (the final period is the mark).</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static int SkipSpace(string text, int i, bool wrapped = false)
    {
        while (i < text.Length && (text[i] != '\n' || (wrapped && HardWrap.IsSoftBreak(text, i))) && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<Sentence> result, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            result.Add(new Sentence(start, end - start, text[start..end]));
        }
    }
}
