using Newsdesk.Core.Text;

namespace Newsdesk.Core.Entities;

/// <summary>
/// A glossary name as a word sequence. Words written in capitals in the glossary (DPRK, the U of
/// U.S., the N of N. Korea) must be capitals in the text too, so "us" and "Us" never match "US".
/// </summary>
internal sealed record AliasPattern(string[] Words, bool[] Upper, GlossaryEntry Entry, bool Metonym)
{
    public static AliasPattern Create(string name, GlossaryEntry entry, bool metonym)
    {
        var tokens = Tokenizer.Tokenize(name);
        var upper = tokens.Select(t => IsAllUpper(name.AsSpan(t.Start, t.Length))).ToArray();
        return new AliasPattern(tokens.Select(t => t.Value).ToArray(), upper, entry, metonym);
    }

    /// <summary>True when the words of <paramref name="text"/> from <paramref name="index"/> spell this name.</summary>
    public bool Matches(string text, IReadOnlyList<Token> words, int index)
    {
        if (index + Words.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Length; i++)
        {
            var word = words[index + i];
            if (word.Value != Words[i] || (Upper[i] && !IsAllUpper(text.AsSpan(word.Start, word.Length))))
            {
                return false;
            }

            // Inside a name the words are separated by spaces, hyphens or an initial's period only.
            if (i > 0 && !IsNameGap(text, words[index + i - 1], word) && !IsPossessiveGap(text, words[index + i - 1], word))
            {
                return false;
            }
        }

        // A name has a capital (or a digit) somewhere: "seoul" in a URL slug is not a mention.
        for (var i = 0; i < Words.Length; i++)
        {
            var first = text[words[index + i].Start];
            if (char.IsUpper(first) || char.IsDigit(first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words of one name are separated by a space or hyphen, or by a period after an initial or an
    /// abbreviated title ("N. Korea", "Gen. Brunson"), never after a full word (a sentence end).
    /// </summary>
    internal static bool IsNameGap(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return IsNameGap(gap) && (!gap.Contains('.') || a.Length == 1 || AbbreviatedTitles.Contains(a.Value));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> AbbreviatedTitles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["gen", "lt", "col", "maj", "capt", "sgt", "adm", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "sen", "rep", "gov", "cmdr", "brig", "ft", "mt", "pvt", "cpl"],
        StringComparer.Ordinal);

    /// <summary>"People's Army": the tokenizer drops the possessive, which leaves "'s " between the words.</summary>
    private static bool IsPossessiveGap(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return gap.Length >= 2 && gap[0] is '\'' or '’' && IsNameGap(gap.TrimStart("'’s"));
    }

    private static bool IsNameGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 3)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '.' or '\u00A0' or '‐' or '‑'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }
}
