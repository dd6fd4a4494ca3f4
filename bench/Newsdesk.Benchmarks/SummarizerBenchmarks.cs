using BenchmarkDotNet.Attributes;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Ranking;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Benchmarks;

/// <summary>Summaries and beat scoring on a 600-word article and a ten-article story.</summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private static readonly string[] Sentences =
    [
        "South Korea's military switched its border loudspeakers back on after the North sent more trash balloons across the border.",
        "The Joint Chiefs of Staff said about {0} balloons carrying paper and plastic waste were spotted overnight.",
        "Broadcasts of news and music had been halted to ease tension, officials said on day {0}.",
        "\"We will respond to every provocation,\" a ministry official told reporters.",
        "Kim Yo Jong, the sister of leader Kim Jong Un, warned that the North would answer the broadcasts.",
        "Analysts in Seoul said the exchange showed how quickly small moves could escalate along the frontier.",
        "The United Nations Command said it was investigating incident number {0} near the Demilitarized Zone.",
        "Some {0} aircraft took part in a separate air exercise south of the border.",
    ];

    private SummarySource _article = null!;
    private SummarySource[] _story = null!;
    private Article[] _articles = null!;
    private RelevanceScorer _scorer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = new SummarySource(Text(0, 4), "Seoul turns loudspeakers back on");
        _story = Enumerable.Range(0, 10).Select(i => new SummarySource(Text(i, 3), "Loudspeakers back on")).ToArray();
        _articles = _story.Select((s, i) => new Article { Id = i + 1, Title = s.Title!, Text = s.Text, Outlet = "Outlet " + i, RetrievedAt = DateTimeOffset.UnixEpoch }).ToArray();
        _scorer = new RelevanceScorer(BeatLoader.Default(), TimeProvider.System);
    }

    [Benchmark]
    public int SummarizeArticle() => ExtractiveSummarizer.Summarize([_article], SummaryLength.Default).Count;

    [Benchmark]
    public int SummarizeStoryOfTen() => ExtractiveSummarizer.Summarize(_story, SummaryLength.Default).Count;

    [Benchmark]
    public double ScoreStoryOfTen() => _scorer.ScoreStory(_articles).Score;

    private static string Text(int seed, int paragraphs) => string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(p =>
        string.Join(' ', Sentences.Select((s, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, s, (seed * 31) + (p * 7) + i)))));
}
