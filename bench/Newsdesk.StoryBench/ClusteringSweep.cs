using System.Globalization;
using System.Reflection;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// Scores story clustering on both dev sets for every combination of option values given as
/// `Name=v1,v2` (names of <see cref="StoryClusteringOptions"/> properties). One configuration must
/// serve both corpora, so rows are ranked by the lower of the two BCubed F1 figures (with `--halves N`,
/// the lower of the two means over N random halves by topic, the shape of the held-back halves, each
/// also compared with the shipped defaults half by half).
/// </summary>
internal static class ClusteringSweep
{
    public static int Run(string[] args)
    {
        var grid = args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)).Select(p => (Name: p[0], Values: p[1].Split(','))).ToList();
        // Extra corpora (files ending in .jsonl, e.g. the demo beat) are scored and shown but do not rank the rows.
        var extra = args.Where(a => a.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();
        // `--halves N`: also score N random halves of each dev set (by topic; ClusteringCorpus.Half) and rank by the lower mean.
        var at = Array.IndexOf(args, "--halves");
        var halves = 0;
        if (at >= 0 && (at + 1 == args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out halves) || halves < 1))
        {
            throw new ArgumentException("--halves needs a count of halves (a whole number of 1 or more)");
        }

        var corpora = ClusteringCorpus.DevSets.Concat(extra).Select(ClusteringCorpus.Load).ToList();
        // Per-half scores of the shipped defaults: each row's halves are compared with them pairwise
        // (same halves, so most of the spread between halves cancels).
        var baseline = halves == 0 ? [] : corpora.Take(ClusteringCorpus.DevSets.Count)
            .Select(c => Enumerable.Range(1, halves).Select(seed => c.Half(seed).Run(new StoryClusteringOptions(), out _).BCubedF1).ToList()).ToList();
        var rows = new List<(double Min, string Line)>();
        foreach (var combination in Combinations(grid, 0))
        {
            var options = new StoryClusteringOptions();
            foreach (var (name, value) in combination)
            {
                Set(options, name, value);
            }

            var scores = corpora.Select(c => c.Run(options, out _)).ToList();
            var label = string.Join(' ', combination.Select(c => c.Name + "=" + c.Value));
            var line = label + " | " + string.Join(" | ", scores.Select((s, i) => string.Create(CultureInfo.InvariantCulture,
                $"{corpora[i].Name[..Math.Min(6, corpora[i].Name.Length)]} B3 {s.BCubedP:F3}/{s.BCubedR:F3}/{s.BCubedF1:F4} pw {s.PairF1:F3}")));
            var rank = scores.Take(ClusteringCorpus.DevSets.Count).Min(s => s.BCubedF1);
            if (halves > 0)
            {
                // Mean and spread of BCubed F1 over random halves by topic: a held-back half is one of them.
                var means = new List<double>();
                foreach (var (corpus, c) in corpora.Take(ClusteringCorpus.DevSets.Count).Select((corpus, c) => (corpus, c)))
                {
                    var f1 = Enumerable.Range(1, halves).Select(seed => corpus.Half(seed).Run(options, out _).BCubedF1).ToList();
                    var mean = f1.Average();
                    var sd = Math.Sqrt(f1.Sum(f => (f - mean) * (f - mean)) / f1.Count);
                    means.Add(mean);
                    // Paired difference with the defaults on the same halves, and its standard error.
                    var diff = f1.Select((f, i) => f - baseline[c][i]).ToList();
                    var dMean = diff.Average();
                    var dSe = halves > 1 ? Math.Sqrt(diff.Sum(d => (d - dMean) * (d - dMean)) / (halves - 1) / halves) : 0;
                    line += string.Create(CultureInfo.InvariantCulture,
                        $" | {corpus.Name[..6]} halves {mean:F4} ±{sd:F4} (min {f1.Min():F4}; vs defaults {dMean:+0.0000;-0.0000} se {dSe:F4})");
                }

                rank = means.Min();
            }

            rows.Add((rank, line));
            Console.Error.WriteLine(line);
        }

        Console.WriteLine("best (by the lower BCubed F1):");
        foreach (var (_, line) in rows.OrderByDescending(r => r.Min).Take(15))
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>Sets one option by its property name (a TimeSpan in days).</summary>
    public static void Set(StoryClusteringOptions options, string name, string value)
    {
        var property = typeof(StoryClusteringOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException("no option " + name);
        property.SetValue(options, property.PropertyType == typeof(TimeSpan)
            ? TimeSpan.FromDays(double.Parse(value, CultureInfo.InvariantCulture))
            : Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
    }

    private static IEnumerable<List<(string Name, string Value)>> Combinations(List<(string Name, string[] Values)> grid, int at)
    {
        if (at == grid.Count)
        {
            yield return [];
            yield break;
        }

        foreach (var rest in Combinations(grid, at + 1))
        {
            foreach (var v in grid[at].Values)
            {
                yield return [(grid[at].Name, v), .. rest];
            }
        }
    }
}
