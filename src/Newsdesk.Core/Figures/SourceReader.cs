using Newsdesk.Core.Entities;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Figures;

/// <summary>
/// Finds who a sentence says its facts come from. In order: "according to X" and "citing X" (X up
/// to the end of its clause); "X said/estimated/believes ..." (X from the clause start, not a
/// pronoun); "..., said X" (X after the verb). A verb after an article ("an estimated 11,000") is an
/// adjective and names no one. Returns the character span of X.
/// </summary>
internal static class SourceReader
{
    private const int MaxWords = 14;

    public static (int Start, int End)? Find(string text, List<Token> words, int lo, int hi)
    {
        for (var i = lo; i < hi; i++)
        {
            if ((words[i].Value == "according" && i + 1 < hi && words[i + 1].Value == "to") || words[i].Value == "citing")
            {
                var from = words[i].Value == "citing" ? i + 1 : i + 2;
                if (ClauseAfter(text, words, from, hi) is { } span && IsNamed(text, words, span))
                {
                    return span;
                }
            }
        }

        for (var i = lo; i < hi; i++)
        {
            // "an estimated 11,000 soldiers", "a reported 20 shells": an adjective, not who says so.
            if (!IsSourceVerb(words[i].Value) || (i > lo && words[i - 1].Value is "a" or "an" or "the"))
            {
                continue;
            }

            if (ClauseBefore(text, words, lo, i) is { } subject)
            {
                return subject;
            }

            if (i > lo && text[words[i - 1].End..words[i].Start].Contains(',', StringComparison.Ordinal) && ClauseAfter(text, words, i + 1, hi) is { } after)
            {
                return after;
            }
        }

        return null;
    }

    private static bool IsSourceVerb(string word) =>
        word is "said" or "says" or "estimated" or "estimates" or "believe" or "believes" or "reported" or "reports" or "told" or "claimed"
        or "claims" or "announced" or "stated";

    private static (int, int)? ClauseAfter(string text, List<Token> words, int from, int hi)
    {
        var end = from;
        while (end < hi && end - from < MaxWords && (end == from || !BreaksPunctuation(text, words, end))
            && words[end].Value is not ("that" or "on" or "in" or "last" or "this" or "based" or "who" or "which"))
        {
            end++;
        }

        return end > from ? (words[from].Start, words[end - 1].End) : null;
    }

    private static (int, int)? ClauseBefore(string text, List<Token> words, int lo, int verb)
    {
        var start = verb;
        while (start > lo && verb - start < 8 && !BreaksClause(text, words, start))
        {
            start--;
        }

        if (start == verb)
        {
            return null;
        }

        var subject = words.Skip(start).Take(verb - start).Select(w => w.Value).ToList();
        if (subject.Count == 1 && subject[0] is "he" or "she" or "they" or "it" or "we" or "i" or "officials")
        {
            return null;
        }

        // Only a named or described source: it has a capitalised word or an agency-like noun.
        var named = words.Skip(start).Take(verb - start).Any(w => char.IsUpper(text[w.Start]))
            || subject.Any(w => EntityCues.OrganizationSuffixes.Contains(w) || w is "officials" or "sources" or "analysts" or "experts" or "intelligence");
        return named ? (words[start].Start, words[verb - 1].End) : null;
    }

    private static bool IsNamed(string text, List<Token> words, (int Start, int End) span) =>
        words.Any(w => w.Start >= span.Start && w.End <= span.End
            && (char.IsUpper(text[w.Start]) || EntityCues.OrganizationSuffixes.Contains(w.Value) || w.Value is "officials" or "intelligence" or "estimates"));

    private static bool BreaksPunctuation(string text, List<Token> words, int i)
    {
        var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
        return gap.IndexOfAny(",;:\"“”()—–") >= 0 || gap.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>True when a clause break (comma, quote, colon, dash) sits just before word i.</summary>
    private static bool BreaksClause(string text, List<Token> words, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
        return gap.IndexOfAny(",;:\"“”()—–") >= 0 || gap.Contains(". ", StringComparison.Ordinal) || words[i - 1].Value is "and" or "but" or "which" or "who" or "that";
    }
}
