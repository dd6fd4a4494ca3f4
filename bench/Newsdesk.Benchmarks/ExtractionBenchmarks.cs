using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Extraction of one page at a time: the test fixture page, and the shared benchmark pages
/// (../shared/benchmarks/extraction/html, when present) one after another. Pages per second
/// over the whole set come from `newsdesk extract --benchmark` (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private string _fixture = "";
    private List<byte[]> _shared = [];

    [GlobalSetup]
    public void Setup()
    {
        var repo = FindRepository();
        _fixture = File.ReadAllText(Path.Combine(repo, "tests", "Newsdesk.Core.Tests", "TestData", "Extraction", "jsonld-graph.html"));
        var shared = Environment.GetEnvironmentVariable("NEWSDESK_SHARED") ?? Path.Combine(repo, "..", "shared");
        var html = Path.Combine(shared, "benchmarks", "extraction", "html");
        _shared = Directory.Exists(html)
            ? Directory.GetFiles(html, "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip).ToList()
            : [];
    }

    [Benchmark]
    public int FixturePage() => _extractor.Extract(_fixture, null).Blocks.Count;

    /// <summary>All shared pages once; divide the mean by the page count for time per page.</summary>
    [Benchmark]
    public int SharedPages()
    {
        var blocks = 0;
        foreach (var page in _shared)
        {
            blocks += _extractor.Extract(page, null).Blocks.Count;
        }

        return blocks;
    }

    private static byte[] Gunzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Newsdesk.slnx above " + AppContext.BaseDirectory);
    }
}
