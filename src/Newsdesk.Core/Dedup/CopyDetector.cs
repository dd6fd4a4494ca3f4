using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Dedup;

/// <summary>
/// Classifies a later article against an earlier one by aligning their sentences in order
/// (longest common subsequence, where two sentences match when their normalised text is equal, they
/// share most content words, or they share their anchors, names and numbers, and some content words:
/// a spinner swaps synonyms but keeps "9.4 million", "Rajin" and "Defense Intelligence Command"):
/// 1. not a copy unless at least half its sentences come from the original, in order, and two or more do;
/// 2. verbatim: every sentence the same both ways (page furniture aside) under the same headline;
/// 3. edited: at least half its sentences verbatim, carrying 30% of the original (trimmed, retitled, paragraphs added);
/// 4. rewrite: fewer verbatim sentences but nearly all reworded from the original in the same order.
/// Thresholds were set on the generated copy evaluation (docs/benchmarks.md); the first test is the
/// one that keeps precision: independent reports of one event share a quote or two, not half their sentences.
/// </summary>
public static class CopyDetector
{
    /// <summary>Whole-text content-word overlap below which two texts are not compared sentence by sentence.</summary>
    public const double MinTextDice = 0.3;

    /// <summary>Two sentences with this Dice overlap of content words count as one reworded.</summary>
    public const double SentenceDice = 0.5;

    /// <summary>
    /// Two sentences that share this Dice overlap of anchors (at least <see cref="MinSharedAnchors"/>) and
    /// <see cref="AnchoredSentenceDice"/> of content words count as one reworded (the demo's NewsRewire spin and
    /// seed 003 keep every name and number while swapping a third to a half of the words).
    /// </summary>
    public const double AnchorDice = 0.6;

    public const int MinSharedAnchors = 2;

    public const double AnchoredSentenceDice = 0.25;

    /// <summary>
    /// Content-word overlap at which a sentence in the same place between two aligned pairs counts as
    /// reworded (a spun sentence keeps a third to a half of its words; unrelated sentences of one story share a fifth).
    /// </summary>
    public const double GapSentenceDice = 0.3;

    /// <summary>Share of the copy's sentences that must align with the original's, in order.</summary>
    public const double MinCopiedShare = 0.5;

    /// <summary>Share of the copy's sentences found verbatim for an edited pickup.</summary>
    public const double MinEditedVerbatim = 0.5;

    /// <summary>Share of the copy's sentences reworded in order for a rewrite (independent reports of one event reached 0.83).</summary>
    public const double MinRewriteShare = 0.85;

    /// <summary>
    /// Share of the original a copy must carry (verbatim for edited, in order for rewrites): a report
    /// that embeds the same tweet or statement carries a quarter of the other at most; trimmed
    /// pickups keep more than half.
    /// </summary>
    public const double MinOriginalShare = 0.3;

    public static CopyVerdict Compare(CopySignature copy, CopySignature original)
    {
        int n = copy.SentenceCount, m = original.SentenceCount;
        if (n == 0 || m == 0 || CopySignature.Dice(copy.Terms, original.Terms) < MinTextDice)
        {
            return CopyVerdict.None;
        }

        var originalHashes = new HashSet<ulong>(original.SentenceHashes);
        var verbatim = 0;
        foreach (var h in copy.SentenceHashes)
        {
            if (originalHashes.Contains(h))
            {
                verbatim++;
            }
        }

        var aligned = Align(copy, original);
        var alignedCount = aligned.Count(j => j >= 0);
        var copiedShare = (double)alignedCount / n;
        var coverage = (double)alignedCount / m;
        var verbatimShare = (double)verbatim / n;
        if (copiedShare < MinCopiedShare || alignedCount < Math.Min(2, n))
        {
            return CopyVerdict.None;
        }

        CopyKind kind;
        if (verbatim == n && alignedCount == m && copy.TitleHash == original.TitleHash)
        {
            kind = CopyKind.Verbatim;
        }
        else if (verbatimShare >= MinEditedVerbatim && (double)verbatim / m >= MinOriginalShare)
        {
            kind = CopyKind.Edited;
        }
        else if (verbatimShare < MinEditedVerbatim && copiedShare >= MinRewriteShare && coverage >= MinOriginalShare)
        {
            kind = CopyKind.Rewrite;
        }
        else
        {
            return CopyVerdict.None;
        }

        var added = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (aligned[i] < 0)
            {
                added.Add(copy.SentenceIndexes[i]);
            }
        }

        return new CopyVerdict(kind, verbatimShare, copiedShare, Math.Min(1, coverage), added);
    }

    private static bool Reworded(CopySignature copy, int i, CopySignature original, int j)
    {
        var terms = CopySignature.Dice(copy.SentenceTerms[i], original.SentenceTerms[j]);
        if (terms >= SentenceDice)
        {
            return true;
        }

        if (terms < AnchoredSentenceDice)
        {
            return false;
        }

        var a = copy.SentenceAnchors[i];
        var b = original.SentenceAnchors[j];
        var shared = CopySignature.Shared(a, b);
        return shared >= MinSharedAnchors && 2.0 * shared / (a.Length + b.Length) >= AnchorDice;
    }

    /// <summary>For each copy sentence, the original sentence it aligns with in the longest in-order alignment, or -1.</summary>
    private static int[] Align(CopySignature copy, CopySignature original)
    {
        int n = copy.SentenceCount, m = original.SentenceCount;
        var match = new bool[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                match[i, j] = copy.SentenceHashes[i] == original.SentenceHashes[j] || Reworded(copy, i, original, j);
            }
        }

        var length = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                length[i, j] = match[i, j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var result = new int[n];
        Array.Fill(result, -1);
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            if (match[a, b] && length[a, b] == length[a + 1, b + 1] + 1)
            {
                result[a++] = b++;
            }
            else if (length[a + 1, b] >= length[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        FillGaps(copy, original, result);
        return result;
    }

    /// <summary>
    /// Pairs the unaligned sentences that sit between the same two aligned neighbours on both sides, in
    /// order, when the gap holds as many sentences on each side and each pair shares
    /// <see cref="GapSentenceDice"/> of its content words: a spinner rewords some sentences past
    /// recognition on their own, but they stay in their place. Independent reports are not affected:
    /// they have no in-order alignment to begin with, and the share rules below still apply.
    /// </summary>
    private static void FillGaps(CopySignature copy, CopySignature original, int[] aligned)
    {
        int n = aligned.Length, m = original.SentenceCount;
        int lastI = -1, lastJ = -1;
        for (var i = 0; i <= n; i++)
        {
            if (i < n && aligned[i] < 0)
            {
                continue;
            }

            var nextJ = i < n ? aligned[i] : m;
            var gap = i - lastI - 1;
            if (gap > 0 && gap == nextJ - lastJ - 1 && (lastI >= 0 || i < n))
            {
                var pairs = Enumerable.Range(1, gap).ToList();
                if (pairs.All(k => CopySignature.Dice(copy.SentenceTerms[lastI + k], original.SentenceTerms[lastJ + k]) >= GapSentenceDice))
                {
                    foreach (var k in pairs)
                    {
                        aligned[lastI + k] = lastJ + k;
                    }
                }
            }

            if (i < n)
            {
                lastI = i;
                lastJ = aligned[i];
            }
        }
    }
}
