using System.Diagnostics;
using System.Globalization;
using Newsdesk.Core.Parsing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/Newsdesk.Benchmarks -- feed-throughput [MB]`: generates a
/// corpus of MB megabytes (default 200) and reports parser throughput in MB/s and entries/s, for the
/// whole corpus and for its ill-formed share (the lenient path), with allocation and peak memory.
/// </summary>
public static class FeedThroughput
{
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static int Run(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var corpus = FeedCorpus.Generate((long)megabytes << 20);
        var parser = new FeedParser();
        var totalBytes = corpus.Sum(f => (long)f.Length);

        // Warm-up on the first 5 %, so the JIT has compiled the hot paths.
        foreach (var feed in corpus.Take(Math.Max(1, corpus.Count / 20)))
        {
            parser.Parse(feed);
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long entries = 0, lenientBytes = 0, lenientEntries = 0;
        var lenientTime = TimeSpan.Zero;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var feed in corpus)
        {
            var start = wall.Elapsed;
            var parsed = parser.Parse(feed);
            entries += parsed.Entries.Count;
            if (!parsed.WellFormed)
            {
                lenientTime += wall.Elapsed - start;
                lenientBytes += feed.Length;
                lenientEntries += parsed.Entries.Count;
            }
        }

        wall.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var seconds = wall.Elapsed.TotalSeconds;
        var mb = totalBytes / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Count} feeds, {mb:F1} MB, {entries} entries ({Environment.ProcessorCount} cores, 1 thread)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: {seconds:F2} s, {mb / seconds:F1} MB/s, {entries / seconds:F0} entries/s, {allocated / (double)totalBytes:F1} bytes allocated per input byte"));
        // CPU time (all threads, GC included) is far less sensitive than wall time to other processes on a shared machine.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per CPU second: {cpu:F2} CPU-s, {mb / cpu:F1} MB/s, {entries / cpu:F0} entries/s; load average {LoadAverage()}"));
        if (lenientBytes > 0)
        {
            var lenientSeconds = lenientTime.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ill-formed (lenient path): {lenientBytes / 1048576.0:F1} MB, {lenientBytes / 1048576.0 / lenientSeconds:F1} MB/s, {lenientEntries / lenientSeconds:F0} entries/s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB (corpus held in memory: {mb:F0} MB)"));
        return 0;
    }
}
