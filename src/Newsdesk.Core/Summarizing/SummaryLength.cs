using System.Globalization;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// How long a summary may be: a number of sentences, or a number of words that sentences are
/// added until the summary reaches (the last one may run past it; ROUGE-style limits truncate).
/// </summary>
public readonly record struct SummaryLength
{
    private SummaryLength(int sentences, int words)
    {
        MaxSentences = sentences;
        MinWords = words;
    }

    /// <summary>The length the newsroom and brief use: about three highlight-sized sentences (see docs/benchmarks.md).</summary>
    public static SummaryLength Default => Words(65);

    /// <summary>Stop after this many sentences (0 when the limit is in words).</summary>
    public int MaxSentences { get; }

    /// <summary>Stop once the summary has at least this many words (0 when the limit is in sentences).</summary>
    public int MinWords { get; }

    public static SummaryLength Sentences(int count) =>
        count > 0 ? new SummaryLength(count, 0) : throw new ArgumentOutOfRangeException(nameof(count), count, "must be positive");

    public static SummaryLength Words(int count) =>
        count > 0 ? new SummaryLength(0, count) : throw new ArgumentOutOfRangeException(nameof(count), count, "must be positive");

    /// <summary>True when a summary of <paramref name="sentences"/> sentences and <paramref name="words"/> words is long enough.</summary>
    public bool IsReached(int sentences, int words) => MaxSentences > 0 ? sentences >= MaxSentences : words >= MinWords;

    public override string ToString() => MaxSentences > 0
        ? MaxSentences.ToString(CultureInfo.InvariantCulture) + " sentences"
        : MinWords.ToString(CultureInfo.InvariantCulture) + " words";
}
