using Newsdesk.Core.Text;

namespace Newsdesk.Core.Dedup;

/// <summary>
/// What copy detection keeps of an article: per sentence an exact-text hash and its content-word
/// hashes, the MinHash of its word shingles, its title hash, time and outlet. Small enough to
/// hold every article of the copy window in memory; the text itself stays in the store.
/// </summary>
public sealed class CopySignature
{
    /// <summary>Sentences with fewer content words (datelines, "Advertisement") are ignored for alignment.</summary>
    public const int MinSentenceTerms = 3;

    private CopySignature(long articleId, ulong titleHash, DateTimeOffset time, string? outlet, IReadOnlyList<string> attributions,
        ulong[] sentenceHashes, uint[][] sentenceTerms, uint[][] sentenceAnchors, int[] sentenceIndexes, ulong[] minHash, uint[] terms)
    {
        SentenceAnchors = sentenceAnchors;
        Terms = terms;
        ArticleId = articleId;
        TitleHash = titleHash;
        Time = time;
        Outlet = outlet;
        Attributions = attributions;
        SentenceHashes = sentenceHashes;
        SentenceTerms = sentenceTerms;
        SentenceIndexes = sentenceIndexes;
        MinHash = minHash;
    }

    public long ArticleId { get; }

    public ulong TitleHash { get; }

    public DateTimeOffset Time { get; }

    public string? Outlet { get; }

    /// <summary>Outlets the text credits ("(AP)", "Yonhap reported").</summary>
    public IReadOnlyList<string> Attributions { get; }

    /// <summary>Exact-text hash of each content sentence (normalised as <see cref="TextFingerprint.Normalize"/>).</summary>
    public ulong[] SentenceHashes { get; }

    /// <summary>Distinct stemmed content-word hashes of each content sentence, ascending.</summary>
    public uint[][] SentenceTerms { get; }

    /// <summary>
    /// Distinct anchor hashes of each content sentence, ascending: numbers and capitalised words that do not
    /// open it (names, places, outlets). A spinner swaps words but keeps its anchors.
    /// </summary>
    public uint[][] SentenceAnchors { get; }

    /// <summary>For each content sentence, its index among all sentences of the text (<see cref="SentenceSplitter.Split"/>).</summary>
    public int[] SentenceIndexes { get; }

    public ulong[] MinHash { get; }

    /// <summary>Distinct stemmed content-word hashes of the whole text, ascending (a cheap first test).</summary>
    public uint[] Terms { get; }

    public int SentenceCount => SentenceHashes.Length;

    /// <summary>Dice coefficient of two ascending hash arrays.</summary>
    public static double Dice(uint[] a, uint[] b) => a.Length + b.Length == 0 ? 0 : 2.0 * Shared(a, b) / (a.Length + b.Length);

    /// <summary>How many hashes two ascending arrays share.</summary>
    public static int Shared(uint[] a, uint[] b)
    {
        int i = 0, j = 0, same = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                same++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return same;
    }

    private static uint[] Sorted(HashSet<uint> set)
    {
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }

    public static CopySignature Create(long articleId, string title, string text, DateTimeOffset time, string? outlet)
    {
        var sentences = SentenceSplitter.Split(text);
        var hashes = new List<ulong>(sentences.Count);
        var terms = new List<uint[]>(sentences.Count);
        var anchors = new List<uint[]>(sentences.Count);
        var indexes = new List<int>(sentences.Count);
        var words = new List<string>(text.Length / 5);
        var all = new HashSet<uint>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Text;
            var tokens = Tokenizer.Tokenize(sentence);
            var set = new HashSet<uint>();
            var anchorSet = new HashSet<uint>();
            for (var k = 0; k < tokens.Count; k++)
            {
                var token = tokens[k];
                words.Add(token.Value);
                if (char.IsDigit(token.Value[0]) || (k > 0 && char.IsUpper(sentence[token.Start])))
                {
                    anchorSet.Add((uint)StableHash.Of('a', token.Value));
                }

                if (!Stopwords.IsStopword(token.Value))
                {
                    set.Add((uint)StableHash.Of('w', PorterStemmer.Stem(token.Value)));
                }
            }

            if (set.Count < MinSentenceTerms)
            {
                continue;
            }

            all.UnionWith(set);
            var sorted = Sorted(set);
            hashes.Add(StableHash.Of('s', TextFingerprint.Normalize(sentences[i].Text)));
            terms.Add(sorted);
            anchors.Add(Sorted(anchorSet));
            indexes.Add(i);
        }

        return new CopySignature(articleId, StableHash.Of('h', TextFingerprint.Normalize(title)), time, outlet, AttributionFinder.Find(text),
            [.. hashes], [.. terms], [.. anchors], [.. indexes], MinHashSketch.Compute(words), Sorted(all));
    }
}
