using Newsdesk.Core.Text;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Turns source texts into candidate sentences with their features. Rules, in order:
/// 1. sentences come from <see cref="SentenceSplitter"/>, so spans are exact;
/// 2. a line of its own without terminal punctuation is a heading, dateline or byline, never a
///    candidate (MultiLing's first two lines of every article are a title and a date);
/// 3. the first candidate of a document loses its dateline (<see cref="Dateline"/>);
/// 4. the title is the given headline, else the document's opening heading line;
/// 5. IDF is computed over the candidates of the whole input (sentences as documents), so a
///    single article needs no background corpus and a story weighs terms across its articles.
/// </summary>
internal static class CandidateReader
{
    public static List<CandidateSentence> Read(IReadOnlyList<SummarySource> sources)
    {
        var candidates = new List<CandidateSentence>();
        var titles = new List<HashSet<string>>();
        for (var d = 0; d < sources.Count; d++)
        {
            var text = sources[d].Text;
            string? heading = null;
            var position = 0;
            var sentences = SentenceSplitter.Split(text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                if (IsHeadingLine(text, sentence))
                {
                    heading ??= position == 0 ? sentence.Text : null;
                    continue;
                }

                var start = sentence.Start;
                var body = sentence.Text;
                if (position == 0)
                {
                    var dateline = Dateline.Length(body);
                    start += dateline;
                    body = body[dateline..];
                }

                candidates.Add(new CandidateSentence
                {
                    Document = d,
                    SentenceIndex = i,
                    Position = position++,
                    Start = start,
                    Text = body,
                    Words = CountWords(body),
                    Terms = Tokenizer.Terms(body),
                });
            }

            titles.Add(Tokenizer.Terms(sources[d].Title ?? heading ?? "").ToHashSet(StringComparer.Ordinal));
        }

        Weigh(candidates, titles);
        return candidates;
    }

    /// <summary>Words as ROUGE's length limit counts them: runs of non-whitespace.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = !char.IsWhiteSpace(c);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    private static void Weigh(List<CandidateSentence> candidates, List<HashSet<string>> titles)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var term in candidate.Terms.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = candidates.Count;
        var idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / p.Value), StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            candidate.Vector = TermVector.Weighted(candidate.Terms, idf);
        }

        var centroid = TermVector.Sum(candidates.Select(c => c.Vector));
        foreach (var candidate in candidates)
        {
            candidate.Centrality = candidate.Vector.Cosine(centroid);
            var title = titles[candidate.Document];
            candidate.TitleOverlap = title.Count == 0 ? 0 : (double)title.Count(candidate.Terms.Contains) / title.Count;
        }
    }

    private static bool IsHeadingLine(string text, Sentence sentence) =>
        StartsLine(text, sentence.Start) && EndsLine(text, sentence.End) && !EndsLikeASentence(sentence.Text);

    private static bool StartsLine(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    private static bool EndsLine(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == text.Length || text[i] is '\n' or '\r';
    }

    private static bool EndsLikeASentence(string sentence)
    {
        var i = sentence.Length - 1;
        while (i >= 0 && sentence[i] is '"' or '\'' or '”' or '’' or ')' or ']' or '»')
        {
            i--;
        }

        return i >= 0 && sentence[i] is '.' or '!' or '?' or '…';
    }
}
