using System.Globalization;
using System.Text.Json.Nodes;
using Newsdesk.Core.Stories;

namespace Newsdesk.Testing;

/// <summary>A clustering benchmark file of ../shared (JSON lines with gold "cluster" labels), in stream order.</summary>
public sealed class ClusteringCorpus
{
    private ClusteringCorpus(string name, List<(string Id, StoryDocument Document, string? Source)> items, Dictionary<string, string> gold)
    {
        Name = name;
        Items = items;
        Gold = gold;
    }

    public string Name { get; }

    /// <summary>The documents to cluster. The gold label is kept apart so the clusterer never sees it.</summary>
    public IReadOnlyList<(string Id, StoryDocument Document, string? Source)> Items { get; }

    public IReadOnlyDictionary<string, string> Gold { get; }

    /// <summary>The dev corpora of ../shared/benchmarks/clustering.</summary>
    public static IReadOnlyList<string> DevSets { get; } = ["ecbplus", "giveme5w1h_newscluster"];

    /// <summary>Loads a dev set by name, or any file in the same format when <paramref name="name"/> ends in ".jsonl".</summary>
    public static ClusteringCorpus Load(string name)
    {
        var path = name.EndsWith(".jsonl", StringComparison.Ordinal) ? name : SharedData.Path("benchmarks", "clustering", name, "dev.jsonl");
        var items = new List<(string, StoryDocument, string?)>();
        var gold = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var o = JsonNode.Parse(line)!.AsObject();
            var id = o["id"]!.ToString();
            var published = o["published"]?.GetValue<string?>();
            DateTimeOffset? time = string.IsNullOrEmpty(published)
                ? null
                : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            items.Add((id, new StoryDocument(o["title"]?.GetValue<string>() ?? "", o["text"]?.GetValue<string>() ?? "", time), o["source"]?.GetValue<string?>()));
            gold[id] = o["cluster"]!.ToString();
        }

        return new ClusteringCorpus(Path.GetFileNameWithoutExtension(name), items, gold);
    }

    /// <summary>
    /// A random half of the corpus by gold story (each story kept whole, stream order kept): what a
    /// held-back half looks like. Benchmarks average many halves to see past single decisions.
    /// </summary>
    public ClusteringCorpus Half(int seed)
    {
        var stories = Gold.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var kept = stories.OrderBy(_ => random.Next()).Take((stories.Count + 1) / 2).ToHashSet();
        var items = Items.Where(i => kept.Contains(Gold[i.Id])).ToList();
        return new ClusteringCorpus(Name + "/half" + seed, items, items.ToDictionary(i => i.Id, i => Gold[i.Id]));
    }

    /// <summary>Clusters the corpus in stream order with the given options and scores the result.</summary>
    public ClusteringScore Run(StoryClusteringOptions options, out Dictionary<string, string> predicted)
    {
        var stream = new StoryStream(options);
        predicted = [];
        foreach (var (id, document, _) in Items)
        {
            predicted[id] = stream.Assign(document).ToString(CultureInfo.InvariantCulture);
        }

        return ClusteringScore.Of(predicted, Gold);
    }
}
