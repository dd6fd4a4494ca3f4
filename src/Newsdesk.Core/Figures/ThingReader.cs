using Newsdesk.Core.Entities;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Figures;

/// <summary>
/// Reads what a count counts: the words after the number up to the first stop word, verb of
/// saying, adverb or punctuation, at most five ("military construction workers", "U.S. troops").
/// A measure noun with "of" counts its complement ("rounds of 152 mm shells" counts shells). The
/// last word is the head; its Porter stem through <see cref="FigureLexicon.ThingSynonyms"/> is the key.
/// </summary>
internal static class ThingReader
{
    private const int MaxWords = 5;

    /// <summary>The key of a "how often" count ("struck three times").</summary>
    public static readonly string TimesKey = KeyOf("times");

    public static (string? Thing, string? Key, int After) Read(string text, List<Token> words, int p, int hi)
    {
        var first = p;
        if (p < hi && words[p].Value == "times" && (p + 1 >= hi || !FigureLexicon.MultiplierFollowers.Contains(words[p + 1].Value)))
        {
            // "voted four times this month", "struck three times": how often, a count of times ("three times as many" is a ratio).
            return ("times", TimesKey, p + 1);
        }

        var i = p;
        var count = 0;
        var complement = false;
        if (i + 1 < hi && FigureLexicon.MeasureNouns.Contains(words[i].Value) && words[i + 1].Value == "of" && Gap(text, words, i + 1) == " ")
        {
            i += 2;
            complement = true;
        }

        var last = -1;
        while (i < hi && count < MaxWords)
        {
            var gap = i == p ? text[(i > 0 ? words[i - 1].End : 0)..words[i].Start] : Gap(text, words, i);
            var initialGap = gap is "." or ". " && i > 0 && words[i - 1].Length == 1 && char.IsUpper(text[words[i - 1].Start]);
            if (!(gap is " " or "-" || initialGap || (i == p && gap.Length > 0 && gap.Trim() is "" or "%")))
            {
                break;
            }

            var v = words[i].Value;
            if (words[i].Length == 1 && char.IsUpper(text[words[i].Start]) && i + 1 < hi && text[words[i].End] == '.')
            {
                // An initial of an abbreviation: "U.S. troops".
                last = i;
                i++;
                continue;
            }

            if (char.IsDigit(v[0]))
            {
                if (complement && i + 1 < hi && FigureLexicon.Units.ContainsKey(words[i + 1].Value))
                {
                    i += 2;
                    continue;
                }

                if (!(complement && v.EndsWith("mm", StringComparison.Ordinal)))
                {
                    break;
                }
            }
            else if (Stopwords.IsStopword(v) || FigureLexicon.PhraseBreakers.Contains(v) || EntityCues.SpeechVerbs.Contains(v)
                || FigureLexicon.Scales.ContainsKey(v) || (v.Length > 4 && v.EndsWith("ly", StringComparison.Ordinal) && v != "family")
                || (count > 0 && (v.EndsWith("ing", StringComparison.Ordinal) || v.EndsWith("ed", StringComparison.Ordinal)) && !FigureLexicon.ThingSynonyms.ContainsKey(PorterStemmer.Stem(v))) || FigureLexicon.Hedges.Any(h => h.Words[0] == v && h.Words.Length > 1))
            {
                break;
            }

            last = i;
            count++;
            i++;

            // A plural noun ends the phrase: "two countries share ..." counts countries.
            if (v.Length > 3 && v[^1] == 's' && v[^2] is not ('s' or 'u' or 'i'))
            {
                break;
            }
        }

        if (last >= 0 && CoordinatedHead(text, words, last, hi) is { } joined)
        {
            last = joined;
        }

        if (last < 0)
        {
            return (null, null, p);
        }

        var head = words[last].Value;
        var key = KeyOf(head);
        if (count == 1 && !complement && head.EndsWith("ed", StringComparison.Ordinal) && !FigureLexicon.ThingSynonyms.ContainsKey(PorterStemmer.Stem(head)))
        {
            return (null, null, p);
        }

        return (text[words[first].Start..words[last].End], key, last + 1);
    }

    /// <summary>
    /// "19,000 South Korean and American troops": a capitalised modifier, "and"/"or", then up to two more
    /// capitalised modifiers and a plural noun. The noun is the head (troops), not the first modifier (Korean).
    /// </summary>
    private static int? CoordinatedHead(string text, List<Token> words, int last, int hi)
    {
        var conjunction = last + 1;
        if (conjunction + 1 >= hi || words[conjunction].Value is not ("and" or "or") || !char.IsUpper(text[words[last].Start])
            || words[last].Value.EndsWith('s') || Gap(text, words, conjunction) != " ")
        {
            return null;
        }

        for (var i = conjunction + 1; i < Math.Min(hi, conjunction + 4); i++)
        {
            var v = words[i].Value;
            if (Gap(text, words, i) != " " || Stopwords.IsStopword(v))
            {
                return null;
            }

            if (!char.IsUpper(text[words[i].Start]))
            {
                // The noun both modifiers qualify: lower-case and plural.
                return v.Length > 3 && v[^1] == 's' && v[^2] is not ('s' or 'u' or 'i') ? i : null;
            }
        }

        return null;
    }

    /// <summary>The comparison key of a counted thing's head word.</summary>
    public static string KeyOf(string head)
    {
        var stem = PorterStemmer.Stem(head.ToLowerInvariant());
        return FigureLexicon.ThingSynonyms.TryGetValue(stem, out var key) ? key : stem;
    }

    private static string Gap(string text, List<Token> words, int i) => text[words[i - 1].End..words[i].Start];
}
