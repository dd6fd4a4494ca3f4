namespace Newsdesk.Core.Stories;

/// <summary>Computes the <see cref="StoryEvidence"/> of an article against one live story.</summary>
internal static class StoryComparison
{
    /// <summary>Scale of the proximity evidence: news about one event comes in bursts of a few days.</summary>
    private const double ProximityDays = 2;

    /// <summary>The best term cosine between the article and one recent member of the story.</summary>
    public static double SingleLink(StoryState story, StoryVector vector)
    {
        var probe = vector.Probe;
        var best = 0.0;
        var members = story.Members;
        for (var k = 0; k < members.Count; k++)
        {
            best = Math.Max(best, probe.Cosine(members.KeysOf(k), members.WeightsOf(k)));
        }

        return best;
    }

    public static StoryEvidence Evidence(StoryState story, StoryVector vector)
    {
        // One pass over the article's features (a merge join with the centroid) gives the per-kind dot
        // products, the weight of names the story never mentions, and whether they share a year.
        var dot = new double[StoryState.KindCount];
        double novel = 0;
        bool articleYears = false, sharedYear = false;
        var centroid = story.Centroid.Walk();
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            var present = centroid.TryGetValue(vector.Keys[i], out var w);
            var kind = vector.Kinds[i];
            if (present)
            {
                dot[(int)kind] += w * vector.Weights[i];
            }

            if (kind == FeatureKind.Entity && !present)
            {
                novel += vector.Weights[i] * vector.Weights[i];
            }
            else if (kind == FeatureKind.Date)
            {
                articleYears = true;
                sharedYear |= present;
            }
        }

        var cosine = new double[StoryState.KindCount];
        for (var k = 0; k < StoryState.KindCount; k++)
        {
            if (story.NormSquared[k] > 0 && vector.NormSquared[k] > 0)
            {
                cosine[k] = dot[k] / Math.Sqrt(story.NormSquared[k]);
            }
        }

        var conflict = articleYears && story.NormSquared[(int)FeatureKind.Date] > 0 && !sharedYear ? 1 : 0;
        double gap = 0, proximity = 0;
        if (vector.Source.Time is { } t && story.First is { } first && story.Last is { } last)
        {
            var days = (t < first ? first - t : t > last ? t - last : TimeSpan.Zero).TotalDays;
            gap = Math.Log(1 + days);
            proximity = Math.Exp(-days / ProximityDays);
        }

        var singleLink = SingleLink(story, vector);
        var (leadMissing, leadNovel) = LeadMismatch(story.LeadEntities, story, vector, FeatureKind.Entity);
        var (numbersMissing, numbersNovel) = LeadMismatch(story.LeadNumbers, story, vector, FeatureKind.Number);
        var (termsMissing, termsNovel) = LeadMismatch(story.LeadTerms, story, vector, FeatureKind.Term);
        var cohesion = (story.JoinLinkSum + PriorCohesion) / (story.JoinLinkCount + 1);
        return new StoryEvidence(
            cosine[(int)FeatureKind.Term], cosine[(int)FeatureKind.TitleTerm], cosine[(int)FeatureKind.Entity],
            cosine[(int)FeatureKind.Number], cosine[(int)FeatureKind.Date], novel, conflict, gap, proximity, singleLink,
            leadMissing, leadMissing * leadNovel, numbersMissing * numbersNovel,
            story.Seed is { } seed ? vector.Probe.Cosine(seed) : 0, Math.Max(0, cohesion - singleLink),
            termsMissing, termsMissing * termsNovel);
    }

    /// <summary>
    /// A story's first join has no history of how tight it is: this stands in for one earlier join
    /// (about the median single-link cosine of true joins on the dev sets).
    /// </summary>
    private const double PriorCohesion = 0.4;

    /// <summary>
    /// The share of the story's lead (its heaviest features of one kind) the article lacks, and the share
    /// of the article's own lead the story lacks; both high means each names someone the other does not.
    /// </summary>
    private static (double Missing, double Novel) LeadMismatch((ulong Key, float Weight)[] lead, StoryState story, StoryVector vector, FeatureKind kind)
    {
        if (lead.Length == 0)
        {
            return (0, 0);
        }

        double total = 0, missing = 0;
        foreach (var (key, weight) in lead)
        {
            total += weight;
            if (Array.BinarySearch(vector.Keys, key) < 0)
            {
                missing += weight;
            }
        }

        double articleTotal = 0, novel = 0;
        var taken = 0;
        foreach (var i in vector.Heaviest(int.MaxValue))
        {
            if (vector.Kinds[i] != kind)
            {
                continue;
            }

            articleTotal += vector.Weights[i];
            if (!story.Centroid.ContainsKey(vector.Keys[i]))
            {
                novel += vector.Weights[i];
            }

            if (++taken == lead.Length)
            {
                break;
            }
        }

        return (missing / total, articleTotal > 0 ? novel / articleTotal : 0);
    }
}
