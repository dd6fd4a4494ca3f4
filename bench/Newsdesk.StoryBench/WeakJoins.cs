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

    private static List<(double Score, bool Wrong, bool Onset)> Cluster(ClusteringCorpus corpus)
    {
        var options = new StoryClusteringOptions();
        var clusterer = new StoryClusterer(options);
        var goldOf = new Dictionary<long, Dictionary<string, int>>();
        var joins = new List<(double, bool, bool)>();
        long next = 0;
        foreach (var (id, doc, _) in corpus.Items)
        {
            var match = clusterer.FindStory(StoryFeatureExtractor.Extract(doc, options));
            var gold = corpus.Gold[id];
            var story = match.StoryId ?? ++next;
            if (match.StoryId is not null)
            {
                var counts = goldOf[story];
                joins.Add((match.Score, counts.MaxBy(p => p.Value).Key != gold, !counts.ContainsKey(gold)));
            }

            clusterer.Add(match, story);
            goldOf.TryAdd(story, []);
            goldOf[story][gold] = goldOf[story].GetValueOrDefault(gold) + 1;
        }

        return joins;
    }
}
