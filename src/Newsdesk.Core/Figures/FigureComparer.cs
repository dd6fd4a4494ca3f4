namespace Newsdesk.Core.Figures;

/// <summary>
/// Groups a story's figures by what they measure and surfaces the groups whose values disagree.
/// 1. Same thing: same kind, unit and counted-thing key ("troops" and "soldiers" meet through
///    <see cref="FigureLexicon.ThingSynonyms"/>), both stated as fact or both as expectation
///    ("may send 25,000" is not compared with "sent 11,000"), and compatible context: counts whose
///    sentences name entities must share one ("troops to Russia" vs "U.S. troops in Korea" are
///    different things); money and measures must share one. Dates, durations, percents and counts
///    with no counted thing (or only "times") are never compared: too little says what they measure.
/// 2. Each figure claims an interval, read as a journalist means it: exact X is [X, X]; about X is
///    X ± 5 % (reporters round to two significant figures, so "about 9.4 million" means
///    8.9-9.9 million and disagrees with "more than 10 million"); up to X and nearly X are
///    [0.95X, X]; more than X is [X, 1.5X]; less than X is [0.75X, X]; a range is itself. So
///    "up to 12 million" and "more than 12 million" agree, "around 13,000" (12,350-13,650) and
///    "up to 15,000" (14,250-15,000) disagree, and both disagree with an exact "11,000"; a range
///    that covers a point value agrees with it; "about 350 km" and "about 360 km" agree.
/// 3. A group disagrees when two figures from different articles claim disjoint intervals. Figures
///    of one article never disagree with each other (they usually count different things).
/// </summary>
public static class FigureComparer
{
    private const double Approximate = 0.05;
    private const double OpenEnded = 1.5;
    private const double Epsilon = 1e-9;

    public static IReadOnlyList<FigureDisagreement> FindDisagreements(IEnumerable<FigureSighting> sightings)
    {
        var result = new List<FigureDisagreement>();
        var comparable = sightings.Where(s => IsComparable(s.Figure))
            .OrderBy(s => s.PublishedAt ?? DateTimeOffset.MaxValue).ThenBy(s => s.ArticleId).ThenBy(s => s.Figure.Start);
        foreach (var group in comparable.GroupBy(s => (s.Figure.Kind, s.Figure.Unit, Thing: ThingOf(s.Figure), s.Figure.Expected)))
        {
            foreach (var cluster in ByContext(group.Key.Kind, group))
            {
                if (!Disagrees(cluster))
                {
                    continue;
                }

                var claims = cluster
                    .GroupBy(s => (s.Figure.Value, s.Figure.High, s.Figure.Qualifier))
                    .Select(g =>
                    {
                        var (low, high) = Interval(g.First().Figure);
                        return new FigureClaim(g.First().Figure.Text, low, high, g.Key.Qualifier, g.ToList());
                    })
                    .OrderBy(c => c.Sightings[0].Figure.Value).ThenBy(c => c.High)
                    .ToList();
                result.Add(new FigureDisagreement(group.Key.Kind, group.Key.Thing, group.Key.Unit, group.Key.Expected, claims));
            }
        }

        return result;
    }

    /// <summary>
    /// A story's figures, one per figure stated (same kind, unit, counted thing, value and hedge, as fact
    /// or as expectation) with every article that states it, the most widely carried first, then in order
    /// of first publication. Dates are left out: they say when, not how many.
    /// </summary>
    public static IReadOnlyList<FigureClaim> Tally(IEnumerable<FigureSighting> sightings) =>
        sightings.Where(s => s.Figure.Kind != FigureKind.Date)
            .OrderBy(s => s.PublishedAt ?? DateTimeOffset.MaxValue).ThenBy(s => s.ArticleId).ThenBy(s => s.Figure.Start)
            .GroupBy(s => (s.Figure.Kind, s.Figure.Unit, Thing: s.Figure.ThingKey ?? "", s.Figure.Expected, s.Figure.Value, s.Figure.High, s.Figure.Qualifier))
            .Select(g =>
            {
                var (low, high) = Interval(g.First().Figure);
                return new FigureClaim(g.First().Figure.Text, low, high, g.Key.Qualifier, g.ToList());
            })
            .OrderByDescending(c => c.Outlets.Count)
            .ToList();

    /// <summary>The interval a figure claims (rule 2).</summary>
    public static (double Low, double High) Interval(ArticleFigure f) => f.Qualifier switch
    {
        FigureQualifier.Range => (f.Value, f.High ?? f.Value),
        FigureQualifier.Approximately => (f.Value * (1 - Approximate), f.Value * (1 + Approximate)),
        FigureQualifier.UpTo or FigureQualifier.Nearly => (f.Value * (1 - Approximate), f.Value),
        FigureQualifier.AtLeast => (f.Value, f.Value * OpenEnded),
        FigureQualifier.LessThan => (f.Value * 0.75, f.Value),
        _ => (f.Value, f.Value),
    };

    private static bool IsComparable(ArticleFigure f) =>
        f.Kind is FigureKind.Count or FigureKind.Money or FigureKind.Measure
        && (f.Kind != FigureKind.Count || (!string.IsNullOrEmpty(f.ThingKey) && f.ThingKey != ThingReader.TimesKey));

    private static string ThingOf(ArticleFigure f) => f.Kind == FigureKind.Count ? f.ThingKey! : f.ThingKey ?? "";

    /// <summary>Rule 1's context test, greedily: a figure joins the first cluster it is compatible with.</summary>
    private static List<List<FigureSighting>> ByContext(FigureKind kind, IEnumerable<FigureSighting> group)
    {
        var clusters = new List<(HashSet<string> Context, List<FigureSighting> Members)>();
        foreach (var s in group)
        {
            var context = s.Figure.ContextKeys.ToHashSet(StringComparer.Ordinal);
            var strict = kind != FigureKind.Count;
            var home = clusters.FirstOrDefault(c => c.Context.Overlaps(context) || (!strict && (c.Context.Count == 0 || context.Count == 0)));
            if (home.Members is null)
            {
                clusters.Add((context, [s]));
            }
            else
            {
                home.Context.UnionWith(context);
                home.Members.Add(s);
            }
        }

        return clusters.Select(c => c.Members).ToList();
    }

    /// <summary>Rule 3.</summary>
    private static bool Disagrees(List<FigureSighting> cluster)
    {
        for (var i = 0; i < cluster.Count; i++)
        {
            var a = Interval(cluster[i].Figure);
            for (var j = i + 1; j < cluster.Count; j++)
            {
                if (cluster[i].ArticleId == cluster[j].ArticleId)
                {
                    continue;
                }

                var b = Interval(cluster[j].Figure);
                if (a.High < b.Low - (Epsilon * Math.Max(1, b.Low)) || b.High < a.Low - (Epsilon * Math.Max(1, a.Low)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
