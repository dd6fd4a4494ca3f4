using System.Globalization;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// Writes training pairs for the join decision: each dev article against every candidate story
/// and its gold story, with stories built from the gold labels in stream order (so the evidence
/// looks like what a correct clusterer would see), on the dev sets or the corpora named after FILE. Columns: corpus, label, then StoryEvidence.
/// The weights in StoryClusteringOptions were fitted on this output with bench/fit_join.py.
/// </summary>
internal static class EvidenceDump
{
    public static int Run(string[] args)
    {
        var output = args.Length > 0 ? args[0] : "evidence.csv";
        using var writer = new StreamWriter(output);
        writer.WriteLine("corpus,label," + string.Join(',', StoryEvidence.Names));
        foreach (var name in args.Length > 1 ? args[1..] : ClusteringCorpus.DevSets)
        {
            var corpus = ClusteringCorpus.Load(name);
            var clusterer = new StoryClusterer(new StoryClusteringOptions());
            var keys = new Dictionary<string, long>();
            foreach (var (id, document, _) in corpus.Items)
            {
                var features = StoryFeatureExtractor.Extract(document, clusterer.Options);
                var gold = corpus.Gold[id];
                long? goldKey = keys.TryGetValue(gold, out var k) ? k : null;
                foreach (var (storyId, evidence) in clusterer.Explain(features, goldKey))
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{corpus.Name},{(storyId == goldKey ? 1 : 0)},{string.Join(',', evidence.ToArray().Select(v => v.ToString("G6", CultureInfo.InvariantCulture)))}"));
                }

                if (goldKey is null)
                {
                    goldKey = keys.Count + 1;
                    keys[gold] = goldKey.Value;
                }

                clusterer.Add(features, goldKey.Value);
            }
        }

        return 0;
    }
}
