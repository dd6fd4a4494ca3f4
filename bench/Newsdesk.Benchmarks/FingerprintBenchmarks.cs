using BenchmarkDotNet.Attributes;
using Newsdesk.Core.Dedup;

namespace Newsdesk.Benchmarks;

[MemoryDiagnoser]
public class FingerprintBenchmarks
{
    private readonly string _text = string.Concat(Enumerable.Repeat("North Korea said on Tuesday it would cut all lines with the South. ", 60));

    [Benchmark]
    public string Fingerprint() => TextFingerprint.Of(_text);

    [Benchmark]
    public string? Canonicalize() => UrlCanonicalizer.Canonicalize("https://www.example.com/news/2026/11/22/story/amp?utm_source=x&id=5");
}
