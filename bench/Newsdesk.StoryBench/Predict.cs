using System.Text.Json;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// `predict DIR`: clusters both dev sets with the default options and writes `DIR/CORPUS.pred.jsonl`
/// ({"id","cluster"} per line, as `newsdesk cluster` does) for the shared scorer and error analysis.
/// </summary>
internal static class Predict
{
    public static int Run(string[] args)
    {
        var dir = args.Length > 0 ? args[0] : ".";
        Directory.CreateDirectory(dir);
        foreach (var name in ClusteringCorpus.DevSets)
        {
            var corpus = ClusteringCorpus.Load(name);
            var score = corpus.Run(new StoryClusteringOptions(), out var predicted);
            using var writer = new StreamWriter(Path.Combine(dir, name + ".pred.jsonl"));
            foreach (var (id, _, _) in corpus.Items)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { id, cluster = predicted[id] }));
            }

            Console.WriteLine($"{name}: BCubed F1 {score.BCubedF1:F4}");
        }

        return 0;
    }
}
