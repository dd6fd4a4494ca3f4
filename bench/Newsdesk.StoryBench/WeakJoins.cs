using System.Globalization;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// `weak [CUTOFF...]`: how well the story page's "weak join" hint (an article that joined its story with a
/// log-odds below WeakJoinScore) points an editor at wrong joins. Clusters
/// both dev sets as `newsdesk cluster` does; gold labels are read only to count, after each decision.
/// A wrong join is an article whose gold event is not the story's majority; an onset is a wrong join that
/// brings an event the story did not hold yet (moving it out early lets that event's later reports follow it).
/// </summary>
internal static class WeakJoins
{
    public static int Run(string[] args)
    {
        var cutoffs = args.Length > 0
            ? args.Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray()
            : [-1, -0.5, 0, 0.5, 1, 1.5];
        Console.WriteLine("| dev set | cutoff | joins | flagged | wrong among flagged | wrong joins | flagged among wrong | onsets | flagged among onsets |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var name in new[] { "ecbplus", "giveme5w1h_newscluster" })
        {
            var joins = Cluster(ClusteringCorpus.Load(name));
            foreach (var cutoff in cutoffs)
            {
                var flagged = joins.Where(j => j.Score < cutoff).ToList();
                var wrong = joins.Where(j => j.Wrong).ToList();
                var onsets = joins.Where(j => j.Onset).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {cutoff} | {joins.Count} | {flagged.Count} | {flagged.Count(j => j.Wrong)} | {wrong.Count} | {wrong.Count(j => j.Score < cutoff)} | {onsets.Count} | {onsets.Count(j => j.Score < cutoff)} |"));
            }
        }

        return 0;
    }

    /// <remarks>
    /// A split (an article that starts a story with an earlier weak member, <see cref="StoryMatch.Moved"/>)
    /// counts as a join to the moved article; the moved article's gold event leaves the story it was in.
    /// </remarks>
    private static List<(double Score, bool Wrong, bool Onset)> Cluster(ClusteringCorpus corpus)
    {
        var options = new StoryClusteringOptions();
        var clusterer = new StoryClusterer(options);
        var goldOf = new Dictionary<long, Dictionary<string, int>>();
        var golds = new List<string>();
        var joins = new List<(double, bool, bool)>();
        long next = 0;
        foreach (var (id, doc, _) in corpus.Items)
        {
            var gold = corpus.Gold[id];
            golds.Add(gold);
            var match = clusterer.FindStory(StoryFeatureExtractor.Extract(doc with { Id = golds.Count }, options));
            var story = match.StoryId ?? ++next;
            if (match is { SplitFrom: { } from, Moved: { } moved })
            {
                var movedGold = golds[(int)moved.Id - 1];
                goldOf[from][movedGold]--;
                goldOf[story] = new() { [movedGold] = 1 };
            }

            if (goldOf.TryGetValue(story, out var counts))
            {
                joins.Add((match.Score, counts.Where(p => p.Value > 0).MaxBy(p => p.Value).Key != gold, counts.GetValueOrDefault(gold) == 0));
            }

            clusterer.Add(match, story);
            goldOf.TryAdd(story, []);
            goldOf[story][gold] = goldOf[story].GetValueOrDefault(gold) + 1;
        }

        return joins;
    }
}
