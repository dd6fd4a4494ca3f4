using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Dedup;
using Newsdesk.Testing;

namespace Newsdesk.StoryBench;

/// <summary>
/// Duplicates and provenance on real text: every article of ../shared/benchmarks/extraction (the
/// human-marked bodies) and of the Giveme5W1H clustering set gets generated copies of every kind
/// (<see cref="CopyGenerator"/>); the other Giveme5W1H articles of the same story are the
/// negatives (same event, other outlets' own words). Everything passes through one CopyFinder in
/// time order, as in ingestion; in one group in four the verbatim copy arrives before the original
/// (published later) and in another the edited copy credits the original's outlet in a dateline
/// and carries an earlier time, to test provenance. Prints precision and recall per kind.
/// </summary>
internal static class CopyEvaluation
{
    public const int Seed = 20261122;

    /// <summary>
    /// Giveme5W1H articles that are, on reading, pickups of another article of the same story (AP and
    /// Reuters wire copies, syndicated Washington Post and New York Times stories). They are neither
    /// negatives nor generated copies, so they are left out of the scores; every other article of
    /// the set counts as a non-copy, including reworded versions of a common wire story.
    /// </summary>
    private static readonly HashSet<string> KnownPickups =
    [
        "g5w1h:840293f73de0f21c", "g5w1h:e931422d8d018f92", "g5w1h:b40a8b000a30d03a", "g5w1h:89085382361bdad7",
        "g5w1h:4468c60dd028ff2a", "g5w1h:710e6e0189ef7e68", "g5w1h:0a7e7848a39f7d27", "g5w1h:c8272c7b742a54ba", "g5w1h:cca8ed898cf79fd7",
    ];

    private enum Role { Original, Copy, Negative }

    private sealed record Item(string? SourceId, long Id, string Title, string Text, DateTimeOffset Time, string Outlet, long Story, long Family, Role Role, CopyKind Truth, long ArrivalOrder);

    public static int Run(string[] args)
    {
        var items = Build();
        var finder = new CopyFinder(TimeSpan.FromDays(3));
        var predicted = new Dictionary<long, (long? Original, CopyKind Kind)>();
        var verdicts = new Dictionary<long, CopyVerdict>();
        foreach (var item in items.OrderBy(i => i.ArrivalOrder))
        {
            var signature = CopySignature.Create(item.Id, item.Title, item.Text, item.Time, item.Outlet);
            var decision = finder.Find(signature, item.Story);
            finder.Add(signature, item.Story, decision);
            predicted[item.Id] = (decision.OriginalId, decision.Verdict.Kind);
            verdicts[item.Id] = decision.Verdict;
            foreach (var r in decision.Repointed)
            {
                predicted[r.ArticleId] = (r.OriginalId, r.Verdict.Kind);
                verdicts[r.ArticleId] = r.Verdict;
            }
        }

        Report(items, predicted, verdicts, args.Contains("--errors"));
        return 0;
    }

    private static List<Item> Build()
    {
        var random = new Random(Seed);
        var bases = new List<(string Title, string Text, string Outlet, long Story, DateTimeOffset Time)>();
        var truth = JsonDocument.Parse(File.ReadAllText(SharedData.Path("benchmarks", "extraction", "ground-truth.json")));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var story = 0L;
        foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var body = page.Value.GetProperty("articleBody").GetString() ?? "";
            var url = page.Value.GetProperty("url").GetString() ?? "";
            var title = Newsdesk.Core.Text.SentenceSplitter.SplitTexts(body).FirstOrDefault() ?? "";
            bases.Add((title.Length > 120 ? title[..120] : title, body, OutletName(new Uri(url).Host), ++story, start.AddHours(12 * story)));
        }

        var corpus = ClusteringCorpus.Load("giveme5w1h_newscluster");
        var storyOf = new Dictionary<string, long>();
        var negatives = new List<Item>();
        var id = 0L;
        var g5Bases = new List<(string, string, string, long, DateTimeOffset)>();
        foreach (var (itemId, document, source) in corpus.Items)
        {
            var gold = corpus.Gold[itemId];
            if (!storyOf.TryGetValue(gold, out var sid))
            {
                sid = ++story;
                storyOf[gold] = sid;
                g5Bases.Add((document.Title, document.Text, OutletName(source ?? "unknown"), sid, start.AddHours(12 * sid)));
            }
            else
            {
                // The other reports of the story, a few minutes apart: not copies of the first.
                var t = start.AddHours(12 * sid).AddMinutes(5 * (negatives.Count(n => n.Story == sid) + 1));
                negatives.Add(new Item(itemId, 0, document.Title, document.Text, t, OutletName(source ?? "unknown"), sid, -1, Role.Negative, CopyKind.None, 0));
            }
        }

        bases.AddRange(g5Bases);
        var items = new List<Item>();
        var order = 0L;
        foreach (var (group, b) in bases.Select((b, i) => (i, b)).Where(x => x.b.Text.Length > 400))
        {
            var original = new Item(null, ++id, b.Title, b.Text, b.Time, b.Outlet, b.Story, b.Story, Role.Original, CopyKind.None, 0);
            var other = bases[(group + 7) % bases.Count].Text;
            var copies = new List<(string Title, string Text, CopyKind Kind)>
            {
                Add(CopyGenerator.Verbatim(b.Title, b.Text, random), CopyKind.Verbatim),
                Add(CopyGenerator.Trimmed(b.Title, b.Text, random), CopyKind.Edited),
                Add(CopyGenerator.Retitled(b.Title, b.Text, random), CopyKind.Edited),
                Add(CopyGenerator.Extended(b.Title, b.Text, other, random), CopyKind.Edited),
                Add(CopyGenerator.Rewrite(b.Title, b.Text, random), CopyKind.Rewrite),
                Add(CopyGenerator.Spun(b.Title, b.Text, random), CopyKind.Rewrite),
            };
            var arrivals = new List<Item>();
            var verbatimFirst = group % 4 == 1;
            var creditEarly = group % 4 == 3;
            for (var k = 0; k < copies.Count; k++)
            {
                var (title, text, kind) = copies[k];
                var time = b.Time.AddMinutes(30 * (k + 1));
                if (creditEarly && k == 1)
                {
                    // A pickup crediting the original in its dateline, stamped earlier than the original (a clock or feed error).
                    text = "SEOUL (" + b.Outlet + ") -- " + text;
                    time = b.Time.AddMinutes(-20);
                }

                arrivals.Add(new Item(null, ++id, title, text, time, "Copier" + k, b.Story, b.Story, Role.Copy, kind, 0));
            }

            arrivals.Insert(verbatimFirst ? 1 : 0, original);
            foreach (var item in arrivals)
            {
                items.Add(item with { ArrivalOrder = ++order });
            }
        }

        foreach (var n in negatives)
        {
            items.Add(n with { Id = ++id, ArrivalOrder = items.First(i => i.Story == n.Story && i.Role == Role.Original).ArrivalOrder * 10 + 5 });
        }

        // Arrival: groups in order; negatives right after their story's group.
        var rank = items.Where(i => i.Role != Role.Negative).ToDictionary(i => i.Id, i => i.ArrivalOrder * 10);
        return items.Select(i => i with { ArrivalOrder = i.Role == Role.Negative ? i.ArrivalOrder + 100_000_000 * 0 : rank[i.Id] }).ToList();

        static (string, string, CopyKind) Add((string Title, string Text) copy, CopyKind kind) => (copy.Title, copy.Text, kind);
    }

    /// <summary>A display name from a host, as a reader would name the outlet: "www.nytimes.com" gives "Nytimes".</summary>
    private static string OutletName(string host)
    {
        var parts = host.Split('.').Where(p => p is not ("www" or "edition" or "com" or "co" or "uk" or "org" or "net")).ToList();
        var name = parts.Count > 0 ? parts[0] : host;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static void Report(List<Item> items, Dictionary<long, (long? Original, CopyKind Kind)> predicted, Dictionary<long, CopyVerdict> verdicts, bool errors)
    {
        var originals = items.Where(i => i.Role == Role.Original).ToDictionary(i => i.Family, i => i.Id);
        var scored = items.Where(i => i.Role != Role.Original && (i.SourceId is null || !KnownPickups.Contains(i.SourceId))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items.Count(i => i.Role == Role.Original)} originals, {scored.Count(i => i.Role == Role.Copy)} generated copies, {scored.Count(i => i.Role == Role.Negative)} same-story non-copies ({KnownPickups.Count} real wire pickups left out)"));
        Console.WriteLine("| kind | truth | predicted | correct | precision | recall |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var kind in new[] { CopyKind.Verbatim, CopyKind.Edited, CopyKind.Rewrite })
        {
            Row(kind.ToString().ToLowerInvariant(), scored.Count(i => i.Truth == kind), scored.Count(i => predicted[i.Id].Kind == kind),
                scored.Count(i => i.Truth == kind && predicted[i.Id].Kind == kind));
        }

        Row("duplicate (copy vs not)", scored.Count(i => i.Truth != CopyKind.None), scored.Count(i => predicted[i.Id].Kind != CopyKind.None),
            scored.Count(i => i.Truth != CopyKind.None && predicted[i.Id].Kind != CopyKind.None));
        var copies = scored.Where(i => i.Role == Role.Copy && predicted[i.Id].Kind != CopyKind.None).ToList();
        var rightOriginal = copies.Count(i => predicted[i.Id].Original == originals[i.Family]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"original found for {rightOriginal} of {copies.Count} detected copies ({(double)rightOriginal / Math.Max(1, copies.Count):P1}); originals wrongly marked as copies: {items.Count(i => i.Role == Role.Original && predicted[i.Id].Original is not null)}"));
        if (errors)
        {
            foreach (var i in scored.Where(i => i.Truth != predicted[i.Id].Kind))
            {
                Console.WriteLine($"  {i.Role} {i.Outlet} {i.Truth} -> {predicted[i.Id].Kind} v={verdicts[i.Id].VerbatimShare:F2} c={verdicts[i.Id].CopiedShare:F2} o={verdicts[i.Id].OriginalCoverage:F2} (src {i.SourceId}, original {predicted[i.Id].Original}, truth {originals.GetValueOrDefault(i.Family)}, id {i.Id}): {i.Title[..Math.Min(50, i.Title.Length)]}");
            }
        }
    }

    private static void Row(string name, int truth, int predicted, int correct) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {truth} | {predicted} | {correct} | {(double)correct / Math.Max(1, predicted):F3} | {(double)correct / Math.Max(1, truth):F3} |"));
}
