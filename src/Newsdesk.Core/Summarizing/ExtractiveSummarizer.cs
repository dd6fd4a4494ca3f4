namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Picks sentences from one text (an article) or several (a story) and returns them with their
/// source: document, sentence index and exact span. Scoring is <see cref="SentenceScoring"/>;
/// selection is maximal marginal relevance, so a story's summary does not say the same thing twice.
/// </summary>
public static class ExtractiveSummarizer
{
    /// <summary>
    /// MMR trade-off: a candidate's score minus this times its highest cosine to a chosen sentence.
    /// 0.75 was best on CNN/DM (+0.2 R1/R2 over none: DM copy repeats its lead in captions) and
    /// gives +0.7 R1 / +0.9 R2 on MultiLing, where outlets repeat each other.
    /// </summary>
    public const double RedundancyWeight = 0.75;

    /// <summary>
    /// Above this cosine to a chosen sentence, a candidate is a near-duplicate and never chosen:
    /// a wire sentence several outlets carry must not appear twice whatever its score. On the dev
    /// sets MMR already does most of this (+0.03 on CNN/DM).
    /// </summary>
    public const double DuplicateSimilarity = 0.5;

    /// <summary>
    /// An earlier source's sentence telling the same as the best one (cosine above <see cref="SameEventSimilarity"/>) is shown
    /// instead when its value is at least this share of the best's. On MultiLing every share from 0.3 to 0.85 gives the same
    /// summaries (+0.06 R1 / +0.16 R2 recall over none); CNN/DM has one source per summary.
    /// </summary>
    public const double EarlierSourceShare = 0.85;

    /// <summary>
    /// Above this cosine an earlier source's sentence tells the same event as the best one ("fired two missiles ... the JCS said"
    /// and a later "launched three missiles ... according to Japan"). MultiLing gives the same summaries from 0.2 to 0.5; 0.3 is
    /// the highest that lets the demo's wire lead its launch story.
    /// </summary>
    public const double SameEventSimilarity = 0.3;

    public static IReadOnlyList<SummarySentence> Summarize(string text, SummaryLength length) =>
        Summarize([new SummarySource(text)], length);

    /// <summary>
    /// The summary of <paramref name="sources"/>. From one source the sentences keep their order in
    /// the text; from several they come most important first.
    /// </summary>
    public static IReadOnlyList<SummarySentence> Summarize(IReadOnlyList<SummarySource> sources, SummaryLength length)
    {
        var candidates = CandidateReader.Read(sources);
        var scores = candidates.Select(SentenceScoring.Score).ToArray();
        var chosen = new List<int>();
        var open = Enumerable.Range(0, candidates.Count).ToList();
        var words = 0;
        while (open.Count > 0 && !length.IsReached(chosen.Count, words))
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            var bestRedundancy = 0.0;
            foreach (var i in open)
            {
                var redundancy = Redundancy(i);
                var value = scores[i] - RedundancyWeight * redundancy;
                if (value > bestValue)
                {
                    (best, bestValue, bestRedundancy) = (i, value, redundancy);
                }
            }

            open.Remove(best);
            if (bestRedundancy > DuplicateSimilarity)
            {
                continue;
            }

            best = EarliestTelling(candidates, scores, open, best, bestValue, Redundancy);
            chosen.Add(best);
            words += candidates[best].Words;
        }

        if (chosen.Select(i => candidates[i].Document).Distinct().Count() == 1)
        {
            chosen.Sort();
        }

        return chosen.Select(i => candidates[i].ToSummarySentence()).ToList();

        // A candidate's highest cosine to a sentence already chosen.
        double Redundancy(int i) => chosen.Count == 0 ? 0 : chosen.Max(j => candidates[i].Vector.Cosine(candidates[j].Vector));
    }

    /// <summary>
    /// Sources come in time order: when an earlier source says the same thing nearly as well, its sentence is shown, so a story's
    /// summary quotes the outlet that reported first rather than a later one's version of it. The one not shown goes back to
    /// <paramref name="open"/>.
    /// </summary>
    private static int EarliestTelling(
        IReadOnlyList<CandidateSentence> candidates, double[] scores, List<int> open, int best, double bestValue, Func<int, double> redundancyOf)
    {
        var pick = best;
        foreach (var i in open)
        {
            if (candidates[i].Document >= candidates[pick].Document || bestValue <= 0
                || candidates[i].Vector.Cosine(candidates[best].Vector) <= SameEventSimilarity)
            {
                continue;
            }

            var redundancy = redundancyOf(i);
            if (redundancy <= DuplicateSimilarity && scores[i] - RedundancyWeight * redundancy >= EarlierSourceShare * bestValue)
            {
                pick = i;
            }
        }

        if (pick != best)
        {
            open.Remove(pick);
            open.Add(best);
        }

        return pick;
    }
}
