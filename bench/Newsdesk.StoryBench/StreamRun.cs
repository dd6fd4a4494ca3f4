using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Stories;

namespace Newsdesk.StoryBench;

/// <summary>
/// Scale run: `stream --count N [--copies] [--jsonl FILE] [--stop N] [--every N]`. Generates the stream and clusters it
/// with the live engine (StoryStream), and with --copies also traces copies (CopyFinder), timing
/// only the engine. Prints cost per article per segment (flat = it does not grow with the corpus),
/// live stories, and peak RSS. With --jsonl it only writes the stream for `newsdesk cluster`.
/// </summary>
internal static class StreamRun
{
    public static int Run(string[] args)
    {
        if (args.Contains("--generate-only"))
        {
            var g = new StreamGenerator(long.Parse(Option(args, "--count") ?? "100000", CultureInfo.InvariantCulture));
            var t0 = Process.GetCurrentProcess().TotalProcessorTime;
            var n = long.Parse(Option(args, "--count") ?? "100000", CultureInfo.InvariantCulture);
            var segment = Process.GetCurrentProcess().TotalProcessorTime;
            for (long i = 1; i <= n; i++)
            {
                g.Next();
                if (i % 100_000 == 0)
                {
                    var now = Process.GetCurrentProcess().TotalProcessorTime;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i:N0}: {(now - segment).TotalMilliseconds * 1000 / 100_000:F0} µs CPU per article in the last 100,000"));
                    segment = now;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generator alone: {(Process.GetCurrentProcess().TotalProcessorTime - t0).TotalMilliseconds * 1000 / n:F0} µs CPU per article"));
            return 0;
        }

        var count = long.Parse(Option(args, "--count") ?? "100000", CultureInfo.InvariantCulture);
        var generator = new StreamGenerator(count);
        if (Option(args, "--jsonl") is { } path)
        {
            using var writer = new StreamWriter(path);
            for (long i = 0; i < count; i++)
            {
                var (id, doc, ev) = generator.Next();
                writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = id, ["title"] = doc.Title, ["text"] = doc.Text, ["published"] = doc.Time!.Value.ToString("O", CultureInfo.InvariantCulture), ["cluster"] = "e" + ev.ToString(CultureInfo.InvariantCulture),
                }));
            }

            return 0;
        }

        var copies = args.Contains("--copies");
        if (args.Contains("--extract-only"))
        {
            var w = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var docs = Enumerable.Range(0, (int)count).Select(_ => generator.Next().Document).ToList();
            w.Restart();
            var t0 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var d in docs)
            {
                StoryFeatureExtractor.Extract(d);
            }

            Console.WriteLine($"extract: {w.Elapsed.TotalMilliseconds * 1000 / count:F0} µs wall, {(Process.GetCurrentProcess().TotalProcessorTime - t0).TotalMilliseconds * 1000 / count:F0} µs cpu per article");
            w.Restart();
            t0 = Process.GetCurrentProcess().TotalProcessorTime;
            var st = new StoryStream(new StoryClusteringOptions());
            foreach (var d in docs)
            {
                st.Assign(d);
            }

            Console.WriteLine($"assign: {w.Elapsed.TotalMilliseconds * 1000 / count:F0} µs wall, {(Process.GetCurrentProcess().TotalProcessorTime - t0).TotalMilliseconds * 1000 / count:F0} µs cpu per article");
            w.Restart();
            t0 = Process.GetCurrentProcess().TotalProcessorTime;
            var i = 0;
            foreach (var d in docs)
            {
                CopySignature.Create(++i, d.Title, d.Text, d.Time!.Value, null);
            }

            Console.WriteLine($"copy signature: {w.Elapsed.TotalMilliseconds * 1000 / count:F0} µs wall, {(Process.GetCurrentProcess().TotalProcessorTime - t0).TotalMilliseconds * 1000 / count:F0} µs cpu per article");
            return 0;
        }

        if (args.Contains("--pipeline"))
        {
            if (Option(args, "--warmup") is { } warmup)
            {
                Warmup(long.Parse(warmup, CultureInfo.InvariantCulture), count);
            }

            // `--window DAYS` shortens the window, so it is full within the first segment: what then grows
            // with the corpus, not the window, shows.
            var options = new StoryClusteringOptions();
            if (Option(args, "--window") is { } days)
            {
                options.Window = TimeSpan.FromDays(double.Parse(days, CultureInfo.InvariantCulture));
            }

            // `Name=value` sets any other option, as in `sweep` (to measure what a setting costs).
            foreach (var pair in args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)))
            {
                ClusteringSweep.Set(options, pair[0], pair[1]);
            }

            return Pipelined(generator, count, long.Parse(Option(args, "--stop") ?? count.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), Option(args, "--every"), options);
        }

        var stream = new StoryStream(new StoryClusteringOptions());
        var finder = new CopyFinder(StoryTracker.DefaultCopyWindow);
        var stop = long.Parse(Option(args, "--stop") ?? count.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var engine = new Stopwatch();
        var checkpoints = new HashSet<long> { 10_000, 100_000, 250_000, 500_000, 750_000, 1_000_000, count };
        if (Option(args, "--every") is { } every)
        {
            for (var c = long.Parse(every, CultureInfo.InvariantCulture); c <= count; c += long.Parse(every, CultureInfo.InvariantCulture))
            {
                checkpoints.Add(c);
            }
        }

        long segmentStart = 0;
        var segmentTicks = 0L;
        // Sections of the engine, so growth can be pinned on one of them: features, candidate search and scoring, adding.
        long extractTicks = 0, findTicks = 0, addTicks = 0;
        var gcPause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var scanned = 0L;
        Console.WriteLine("| articles | segment | engine wall µs/article | engine articles/s (wall) | process CPU µs/article | extract / find / add µs | GC pause µs/article | gen2 GCs | index entries | index scans/article | live stories | copy index | GC heap MB | peak RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (long i = 1; i <= stop; i++)
        {
            var (id, doc, _) = generator.Next();
            var before = engine.ElapsedTicks;
            engine.Start();
            var features = StoryFeatureExtractor.Extract(doc, stream.Clusterer.Options);
            var t1 = engine.ElapsedTicks;
            var story = stream.Assign(features, out var match);
            var t2 = engine.ElapsedTicks;
            stream.Clusterer.Add(match, story);
            var t3 = engine.ElapsedTicks;
            if (copies)
            {
                var signature = CopySignature.Create(i, doc.Title, doc.Text, doc.Time!.Value, null);
                finder.Add(signature, story, finder.Find(signature, story));
            }

            engine.Stop();
            extractTicks += t1 - before;
            findTicks += t2 - t1;
            addTicks += t3 - t2;
            segmentTicks += engine.ElapsedTicks - before;
            if (checkpoints.Contains(i))
            {
                var n = i - segmentStart;
                var micros = segmentTicks * 1e6 / Stopwatch.Frequency / n;
                double Per(long ticks) => ticks * 1e6 / Stopwatch.Frequency / n;
                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var pause = GC.GetTotalPauseDuration();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {i:N0} | {segmentStart:N0}-{i:N0} | {micros:F0} | {1e6 / micros:F0} | {(cpu - cpuStart).TotalMilliseconds * 1000 / n:F0} | {Per(extractTicks):F0} / {Per(findTicks):F0} / {Per(addTicks):F0} | {(pause - gcPause).TotalMilliseconds * 1000 / n:F0} | {GC.CollectionCount(2) - gen2} | {stream.Clusterer.IndexEntries:N0} | {(stream.Clusterer.IndexScanned - scanned) / n} | {stream.Clusterer.LiveStories:N0} | {finder.Count:N0} | {GC.GetTotalMemory(false) / 1048576.0:F0} | {process.PeakWorkingSet64 / 1048576.0:F0} |"));
                cpuStart = cpu;
                segmentStart = i;
                segmentTicks = extractTicks = findTicks = addTicks = 0;
                gcPause = pause;
                gen2 = GC.CollectionCount(2);
                scanned = stream.Clusterer.IndexScanned;
            }
        }

        count = stop;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total engine time {engine.Elapsed.TotalSeconds:F1} s for {count:N0} articles: {count / engine.Elapsed.TotalSeconds:F0} articles/s"));
        return 0;
    }

    /// <summary>
    /// The stream through <see cref="StoryStream.AssignAllAsync"/>, as `newsdesk cluster` runs it: the
    /// generator and feature extraction on one thread, the clusterer on another. Times are wall clock
    /// per segment, end to end (generator included), and process CPU.
    /// </summary>
    private static int Pipelined(StreamGenerator generator, long count, long stop, string? every, StoryClusteringOptions options)
    {
        var checkpoints = new HashSet<long> { 10_000, 100_000, 250_000, 500_000, 750_000, 1_000_000, count };
        for (var c = every is null ? count + 1 : long.Parse(every, CultureInfo.InvariantCulture); c <= count; c += long.Parse(every!, CultureInfo.InvariantCulture))
        {
            checkpoints.Add(c);
        }

        var stream = new StoryStream(options);
        Console.WriteLine("| articles | segment | wall µs/article | articles/s (wall) | process CPU µs/article | GC pause µs/article | gen2 GCs | index scans/article | stories compared/article | live stories | GC heap MB | peak RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        var total = Stopwatch.StartNew();
        var segment = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var gcPause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var scanned = 0L;
        var compared = 0L;
        long segmentStart = 0, i = 0;
        var run = Task.Run(async () =>
        {
            await foreach (var _ in stream.AssignAllAsync(Documents(generator, stop)))
            {
                if (!checkpoints.Contains(++i))
                {
                    continue;
                }

                var n = i - segmentStart;
                var micros = segment.Elapsed.TotalMilliseconds * 1000 / n;
                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var pause = GC.GetTotalPauseDuration();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {i:N0} | {segmentStart:N0}-{i:N0} | {micros:F0} | {1e6 / micros:F0} | {(cpu - cpuStart).TotalMilliseconds * 1000 / n:F0} | {(pause - gcPause).TotalMilliseconds * 1000 / n:F0} | {GC.CollectionCount(2) - gen2} | {(stream.Clusterer.IndexScanned - scanned) / n} | {(stream.Clusterer.Compared - compared) / (double)n:F2} | {stream.Clusterer.LiveStories:N0} | {GC.GetTotalMemory(false) / 1048576.0:F0} | {process.PeakWorkingSet64 / 1048576.0:F0} |"));
                cpuStart = cpu;
                segmentStart = i;
                gcPause = pause;
                gen2 = GC.CollectionCount(2);
                scanned = stream.Clusterer.IndexScanned;
                compared = stream.Clusterer.Compared;
                segment.Restart();
            }
        });
        run.GetAwaiter().GetResult();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:F1} s wall for {i:N0} articles: {i / total.Elapsed.TotalSeconds:F0} articles/s"));
        return 0;
    }

    /// <summary>
    /// `--warmup N`: the first N articles of the same stream through a clusterer that is then thrown away,
    /// so the timed run starts with the code compiled and tiered up (as a desk that has run for a while)
    /// and the first segment measures the engine, not the JIT.
    /// </summary>
    private static void Warmup(long n, long count)
    {
        var generator = new StreamGenerator(count);
        var w = Stopwatch.StartNew();
        var run = Task.Run(async () =>
        {
            await foreach (var _ in new StoryStream(new StoryClusteringOptions()).AssignAllAsync(Documents(generator, n)))
            {
            }
        });
        run.GetAwaiter().GetResult();
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {n:N0} articles in {w.Elapsed.TotalSeconds:F1} s, clusterer discarded"));
    }

    private static async IAsyncEnumerable<(long, StoryDocument)> Documents(StreamGenerator generator, long n)
    {
        for (long k = 1; k <= n; k++)
        {
            yield return (k, generator.Next().Document);
        }

        await Task.CompletedTask;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
