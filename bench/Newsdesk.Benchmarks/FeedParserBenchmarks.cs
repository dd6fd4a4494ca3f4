using BenchmarkDotNet.Attributes;
using Newsdesk.Core.Parsing;

namespace Newsdesk.Benchmarks;

/// <summary>Micro-benchmark of one parse per format on a generated corpus slice (see FeedThroughput for MB/s over a large corpus).</summary>
[MemoryDiagnoser]
public class FeedParserBenchmarks
{
    private readonly FeedParser _parser = new();
    private List<byte[]> _feeds = [];

    [GlobalSetup]
    public void Setup() => _feeds = FeedCorpus.Generate(4L << 20);

    /// <summary>Parses about 4 MB of mixed feeds per invocation.</summary>
    [Benchmark]
    public int ParseCorpusSlice()
    {
        var entries = 0;
        foreach (var feed in _feeds)
        {
            entries += _parser.Parse(feed).Entries.Count;
        }

        return entries;
    }
}
