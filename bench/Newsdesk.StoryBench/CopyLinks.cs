using System.Globalization;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// `copylinks`: how close a generated copy of each kind is to its original by the clusterer's
/// single-link cosine (the measure <see cref="StoryClusteringOptions.CopyLink"/> reads), and, for
/// contrast, two different reports of one Giveme5W1H story. Prints percentiles per kind.
/// </summary>
internal static class CopyLinks
{
    public static int Run(string[] args)
    {
        var corpus = ClusteringCorpus.Load("giveme5w1h_newscluster");
        var random = new Random(CopyEvaluation.Seed);
        var links = new Dictionary<string, List<double>>();
        var items = corpus.Items.Where(i => i.Document.Text.Length > 400).ToList();
        for (var n = 0; n < items.Count; n++)
        {
            var (id, document, _) = items[n];
            var other = items[(n + 1) % items.Count].Document.Text;
            var kinds = new (string Kind, (string Title, string Text) Copy)[]
            {
                ("verbatim", CopyGenerator.Verbatim(document.Title, document.Text, random)),
                ("trimmed", CopyGenerator.Trimmed(document.Title, document.Text, random)),
                ("retitled", CopyGenerator.Retitled(document.Title, document.Text, random)),
                ("extended", CopyGenerator.Extended(document.Title, document.Text, other, random)),
                ("rewrite", CopyGenerator.Rewrite(document.Title, document.Text, random)),
                ("spun", CopyGenerator.Spun(document.Title, document.Text, random)),
            };
            foreach (var (kind, copy) in kinds)
            {
                Add(kind, Link(document, document with { Title = copy.Title, Text = copy.Text }));
            }

            var sibling = items.FirstOrDefault(i => i.Id != id && corpus.Gold[i.Id] == corpus.Gold[id]);
            if (sibling.Document is { } s)
            {
                Add("same story, other report", Link(document, s));
            }
        }

        foreach (var (kind, values) in links)
        {
            values.Sort();
            double P(double q) => values[(int)Math.Min(values.Count - 1, Math.Floor(q * values.Count))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-26} n={values.Count,4}  min {values[0]:F3}  p5 {P(0.05):F3}  p25 {P(0.25):F3}  median {P(0.5):F3}  p95 {P(0.95):F3}  max {values[^1]:F3}"));
        }

        return 0;

        void Add(string kind, double value)
        {
            if (!links.TryGetValue(kind, out var list))
            {
                links[kind] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>The single-link cosine of <paramref name="b"/> with a story holding only <paramref name="a"/>.</summary>
    private static double Link(StoryDocument a, StoryDocument b)
    {
        var stream = new StoryStream(new StoryClusteringOptions());
        var story = stream.Assign(a);
        var evidence = stream.Clusterer.Explain(StoryFeatureExtractor.Extract(b, stream.Clusterer.Options), story);
        return evidence.FirstOrDefault(e => e.StoryId == story).Evidence.SingleLink;
    }
}
