using System.Globalization;
using System.Reflection;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// `tune [--on CORPUS] [--rounds N] [Option=value ...]`: coordinate search over the join weights and
/// threshold of <see cref="StoryClusteringOptions"/>, maximising the lower BCubed F1 of the dev sets
/// (or one set with --on, scoring the other as held out: cross-corpus validation). Starts from the
/// defaults overridden by the given values; prints every accepted step and the final options.
/// </summary>
internal static class Tune
{
    public static int Run(string[] args)
    {
        var on = Option(args, "--on");
        var rounds = int.Parse(Option(args, "--rounds") ?? "6", CultureInfo.InvariantCulture);
        var options = new StoryClusteringOptions();
        foreach (var a in args.Where(a => a.Contains('=', StringComparison.Ordinal)))
        {
            var p = a.Split('=', 2);
            Property(p[0]).SetValue(options, double.Parse(p[1], CultureInfo.InvariantCulture));
        }

        var corpora = ClusteringCorpus.DevSets.Select(ClusteringCorpus.Load).ToList();
        var names = typeof(StoryClusteringOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(double) && (p.Name.EndsWith("Weight", StringComparison.Ordinal) || p.Name is "Bias" or "JoinThreshold"))
            .Select(p => p.Name).ToList();
        (double Objective, double[] F1) Evaluate()
        {
            var f1 = corpora.Select(c => c.Run(options, out _).BCubedF1).ToArray();
            var fitted = on is null ? f1 : corpora.Select((c, i) => c.Name == on ? f1[i] : double.NaN).Where(v => !double.IsNaN(v)).ToArray();
            // The lower F1 decides; the mean breaks ties.
            return (fitted.Min() + 1e-3 * fitted.Average(), f1);
        }

        var best = Evaluate();
        Console.WriteLine("start " + Show(best.F1));
        var step = 0.5;
        for (var round = 0; round < rounds && step >= 0.1; round++)
        {
            var improved = false;
            foreach (var name in names)
            {
                var property = Property(name);
                foreach (var delta in new[] { step, -step })
                {
                    var old = (double)property.GetValue(options)!;
                    property.SetValue(options, Math.Round(old + delta, 3));
                    var score = Evaluate();
                    if (score.Objective > best.Objective + 1e-9)
                    {
                        best = score;
                        improved = true;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} step {step}: {name} {old} -> {old + delta:F3}  {Show(score.F1)}"));
                        break;
                    }

                    property.SetValue(options, old);
                }
            }

            if (!improved)
            {
                step /= 2;
            }
        }

        Console.WriteLine("final " + Show(best.F1));
        Console.WriteLine(string.Join(' ', names.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}={(double)Property(n).GetValue(options)!:0.###}"))));
        return 0;

        string Show(double[] f1) => string.Join(" ", corpora.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Name[..6]} {f1[i]:F4}")));
    }

    private static PropertyInfo Property(string name) =>
        typeof(StoryClusteringOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) ?? throw new ArgumentException("no option " + name);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
