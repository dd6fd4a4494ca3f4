using System.Globalization;
using Newsdesk.Core.Stories;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// `trace CORPUS`: clusters a dev set as `newsdesk cluster` does and prints, for every article that
/// joined a story of another gold event or missed its own, the evidence against its top candidates
/// (gold labels are read only to report, after each decision), and every split (an article that
/// starts a story with an earlier weak member of another) with both articles' gold events.
/// </summary>
internal static class Trace
{
    public static int Run(string[] args)
    {
        var corpus = ClusteringCorpus.Load(args[0]);
        var options = new StoryClusteringOptions();
        var c = new StoryClusterer(options);
        var goldOf = new Dictionary<long, Dictionary<string, int>>();
        long next = 0;
        var k = 0;
        var golds = new List<string>();
        foreach (var (id, doc, _) in corpus.Items)
        {
            var g = corpus.Gold[id];
            golds.Add(g);
            var f = StoryFeatureExtractor.Extract(doc with { Id = golds.Count }, options);
            var ex = c.Explain(f).Select(e => (e.StoryId, e.Evidence, Score: options.Score(e.Evidence))).OrderByDescending(e => e.Score).Take(3).ToList();
            var m = c.FindStory(f);
            var sid = m.StoryId ?? ++next;
            if (m is { SplitFrom: { } from, Moved: { } moved })
            {
                var movedGold = golds[(int)moved.Id - 1];
                goldOf[from][movedGold]--;
                goldOf[sid] = new() { [movedGold] = 1 };
                var left = goldOf[from].MaxBy(p => p.Value).Key;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"#{k} SPLIT {(movedGold == g && left != g ? "RIGHT" : "WRONG")} score {m.Score:F2}: '{moved.Title[..Math.Min(50, moved.Title.Length)]}' ({movedGold}) leaves story {from} ({left}) with '{doc.Title[..Math.Min(50, doc.Title.Length)]}' ({g})"));
            }

            var gold = goldOf.TryGetValue(sid, out var gm) ? gm.MaxBy(p => p.Value).Key : null;
            bool wrongJoin = m.StoryId is not null && gold != g;
            bool missed = m.StoryId is null && goldOf.Any(p => p.Value.ContainsKey(g));
            if (wrongJoin || missed)
            {
                Console.WriteLine($"#{k} {(wrongJoin ? "WRONG-JOIN" : "MISSED")} {g} '{doc.Title[..Math.Min(60, doc.Title.Length)]}'");
                foreach (var e in ex)
                {
                    var eg = goldOf[e.StoryId].MaxBy(p => p.Value).Key;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    story {e.StoryId} ({eg}{(eg == g ? " OK" : "")}) score {e.Score:F2} | {string.Join(' ', e.Evidence.ToArray().Select((v, i) => StoryEvidence.Names[i][..5] + "=" + v.ToString("F2", CultureInfo.InvariantCulture)))}"));
                }
                var right = goldOf.Where(p => p.Value.ContainsKey(g)).Select(p => p.Key).FirstOrDefault();
                if (right != 0 && !ex.Any(e => e.StoryId == right))
                {
                    var e = c.Explain(f, right).First(x => x.StoryId == right);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    right story {right} score {options.Score(e.Evidence):F2} | {string.Join(' ', e.Evidence.ToArray().Select((v, i) => StoryEvidence.Names[i][..5] + "=" + v.ToString("F2", CultureInfo.InvariantCulture)))}"));
                }
            }

            c.Add(m, sid);
            goldOf.TryAdd(sid, []);
            goldOf[sid][g] = goldOf[sid].GetValueOrDefault(g) + 1;
            k++;
        }

        return 0;
    }
}
