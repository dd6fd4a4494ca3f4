using Newsdesk.Core.Text;

namespace Newsdesk.Core.Ranking;

/// <summary>
/// Finds a beat's keywords and entities in a text by their surface forms: lower-cased,
/// Porter-stemmed token sequences, so "Kim Yo-jong", "Kim Yo Jong" and "loudspeaker(s)" meet.
/// At each token the longest matching phrase wins and the scan moves past it, so "ballistic
/// missile" is one mention of "missile", not two. Short capitalised aliases (up to five letters:
/// UNC, JCS, US) match capitals only.
/// </summary>
internal sealed class BeatMatcher
{
    /// <summary>"ROK", "D.P.R.K": up to this many capitals are an abbreviation matched case-sensitively.</summary>
    private const int AbbreviationLetters = 5;

    private readonly Dictionary<string, List<Phrase>> _byFirstStem = new(StringComparer.Ordinal);

    public BeatMatcher(Beat beat)
    {
        foreach (var (term, kind) in beat.Keywords.Select(t => (t, BeatTermKind.Keyword)).Concat(beat.Entities.Select(t => (t, BeatTermKind.Entity))))
        {
            foreach (var form in term.Aliases.Prepend(term.Name))
            {
                var caseSensitive = IsAbbreviation(form);
                var tokens = Tokenizer.Tokenize(form)
                    .Select(t => new PhraseToken(PorterStemmer.Stem(t.Value), caseSensitive ? form.Substring(t.Start, t.Length) : null))
                    .ToArray();
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!_byFirstStem.TryGetValue(tokens[0].Stem, out var list))
                {
                    _byFirstStem[tokens[0].Stem] = list = [];
                }

                list.Add(new Phrase(term, kind, tokens));
            }
        }

        foreach (var list in _byFirstStem.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>Every beat term the text mentions, with how many times.</summary>
    public Dictionary<BeatTerm, (BeatTermKind Kind, int Mentions)> Find(string text)
    {
        var found = new Dictionary<BeatTerm, (BeatTermKind, int)>();
        var tokens = Tokenizer.Tokenize(text);
        var stems = tokens.Select(t => PorterStemmer.Stem(t.Value)).ToArray();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = _byFirstStem.TryGetValue(stems[i], out var candidates)
                ? candidates.FirstOrDefault(p => Matches(p, text, tokens, stems, i))
                : null;
            if (match is null)
            {
                i++;
                continue;
            }

            var mentions = found.TryGetValue(match.Term, out var seen) ? seen.Item2 : 0;
            found[match.Term] = (match.Kind, mentions + 1);
            i += match.Tokens.Length;
        }

        return found;
    }

    private static bool Matches(Phrase phrase, string text, List<Token> tokens, string[] stems, int at)
    {
        if (at + phrase.Tokens.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Tokens.Length; k++)
        {
            var expected = phrase.Tokens[k];
            var token = tokens[at + k];
            if (stems[at + k] != expected.Stem
                || (expected.Exact is not null
                    && (token.Length != expected.Exact.Length || string.CompareOrdinal(text, token.Start, expected.Exact, 0, token.Length) != 0)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAbbreviation(string form)
    {
        var letters = form.Where(char.IsLetter).ToList();
        return letters.Count is > 0 and <= AbbreviationLetters && letters.All(char.IsUpper) && !form.Contains(' ', StringComparison.Ordinal);
    }

    private sealed record PhraseToken(string Stem, string? Exact);

    private sealed record Phrase(BeatTerm Term, BeatTermKind Kind, PhraseToken[] Tokens);
}
