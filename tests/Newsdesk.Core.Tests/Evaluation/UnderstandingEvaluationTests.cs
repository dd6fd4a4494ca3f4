using System.Globalization;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Quotes;
using Newsdesk.Testing;
using Xunit.Abstractions;

namespace Newsdesk.Core.Tests.Evaluation;

/// <summary>
/// Figure extraction and quote attribution measured against hand labels of the shared pages
/// (docs/benchmarks.md, "Entities, figures, quotes"). The floors are the measured figures, rounded
/// down: a change that loses precision or recall fails here.
/// </summary>
public sealed class UnderstandingEvaluationTests(ITestOutputHelper output)
{
    private const double FigurePrecisionFloor = 0.96;
    private const double FigureRecallFloor = 0.94;
    private const double QuotePrecisionTarget = 0.95;
    private const double QuoteRecallFloor = 0.83;
    private const double ValueTolerance = 0.005;

    private static readonly Dictionary<char, FigureKind> Kinds = new()
    {
        ['C'] = FigureKind.Count, ['M'] = FigureKind.Money, ['P'] = FigureKind.Percent, ['X'] = FigureKind.Measure,
        ['D'] = FigureKind.Duration, ['T'] = FigureKind.Date,
    };

    [RequiresFact(Component.SharedData)]
    public void Figures_OnLabelledSentences_MeetTheFloors()
    {
        var pages = new LabelledPages();
        var labels = LabelledPages.ReadLabels("figures.tsv");
        var extractor = new FigureExtractor();
        var tp = new Dictionary<FigureKind, int>();
        var fp = new Dictionary<FigureKind, int>();
        var fn = new Dictionary<FigureKind, int>();
        foreach (var label in labels)
        {
            var sentence = pages.Span(label);
            var text = pages.Text(label.Page);
            var predicted = extractor.Extract(text).Where(f => f.Start >= label.Offset && f.Start < label.Offset + label.Length).ToList();
            var gold = label.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseGold).ToList();
            foreach (var g in gold)
            {
                var match = predicted.FirstOrDefault(p => p.Kind == g.Kind && Close(p.Value, g.Value) && (g.High is null || (p.High is { } h && Close(h, g.High.Value))));
                if (match is null)
                {
                    Add(fn, g.Kind);
                    output.WriteLine($"missed {g.Kind} {g.Value} in: {sentence}");
                }
                else
                {
                    Add(tp, g.Kind);
                    predicted.Remove(match);
                }
            }

            foreach (var p in predicted)
            {
                Add(fp, p.Kind);
                output.WriteLine($"spurious {p.Kind} {p.Value} «{p.Text}» in: {sentence}");
            }
        }

        output.WriteLine($"{labels.Count} sentences");
        output.WriteLine("| kind | gold | found | correct | precision | recall |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var kind in Enum.GetValues<FigureKind>().Append((FigureKind)(-1)))
        {
            int Sum(Dictionary<FigureKind, int> d) => kind == (FigureKind)(-1) ? d.Values.Sum() : d.GetValueOrDefault(kind);
            var (t, f, n) = (Sum(tp), Sum(fp), Sum(fn));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(kind == (FigureKind)(-1) ? "all" : kind.ToString())} | {t + n} | {t + f} | {t} | {Ratio(t, t + f):0.000} | {Ratio(t, t + n):0.000} |"));
        }

        var (all, found, correct) = (tp.Values.Sum() + fn.Values.Sum(), tp.Values.Sum() + fp.Values.Sum(), tp.Values.Sum());
        Assert.True(labels.Count >= 200, "the labelled set must have at least 200 sentences");
        Assert.True(Ratio(correct, found) >= FigurePrecisionFloor, $"figure precision {Ratio(correct, found):0.000} < {FigurePrecisionFloor}");
        Assert.True(Ratio(correct, all) >= FigureRecallFloor, $"figure recall {Ratio(correct, all):0.000} < {FigureRecallFloor}");
    }

    [RequiresFact(Component.SharedData)]
    public void Quotes_OnLabelledQuotes_AttributeSpeakersPrecisely()
    {
        var pages = new LabelledPages();
        var labels = LabelledPages.ReadLabels("quotes.tsv");
        var extractor = new QuoteExtractor(new EntityExtractor(BeatGlossary.LoadDefault()));
        var cache = new Dictionary<string, IReadOnlyList<ExtractedQuote>>(StringComparer.Ordinal);
        int attributed = 0, correct = 0, withSpeaker = 0, shownNotVerbatim = 0;
        foreach (var label in labels)
        {
            pages.Span(label);
            var text = pages.Text(label.Page);
            if (!cache.TryGetValue(label.Page, out var quotes))
            {
                cache[label.Page] = quotes = extractor.Extract(text);
                shownNotVerbatim += quotes.Count(q => !QuoteText.IsVerbatimIn(q.Text, text));
            }

            var gold = label.Expected == "-" ? [] : label.Expected.Split('|');
            withSpeaker += gold.Length > 0 ? 1 : 0;
            var quote = quotes.FirstOrDefault(q => q.Start < label.Offset + label.Length && label.Offset < q.Start + q.Length);
            if (quote?.Speaker is null)
            {
                if (gold.Length > 0)
                {
                    output.WriteLine($"unattributed (gold {label.Expected}): {text.Substring(label.Offset, Math.Min(80, label.Length))}");
                }

                continue;
            }

            attributed++;
            if (gold.Any(g => SameSpeaker(g, quote.Speaker)))
            {
                correct++;
            }
            else
            {
                output.WriteLine($"wrong: {quote.Speaker} ({quote.Rule}) vs gold {label.Expected}: {text.Substring(label.Offset, Math.Min(80, label.Length))}");
            }
        }

        output.WriteLine($"{labels.Count} quotes, {withSpeaker} with a speaker; attributed {attributed}, correct {correct}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision {Ratio(correct, attributed):0.000} recall {Ratio(correct, withSpeaker):0.000}; quotes not verbatim: {shownNotVerbatim}"));
        Assert.True(labels.Count >= 100, "the labelled set must have at least 100 quotes");
        Assert.Equal(0, shownNotVerbatim);
        Assert.True(Ratio(correct, attributed) >= QuotePrecisionTarget, $"speaker precision {Ratio(correct, attributed):0.000} < {QuotePrecisionTarget}");
        Assert.True(Ratio(correct, withSpeaker) >= QuoteRecallFloor, $"speaker recall {Ratio(correct, withSpeaker):0.000} < {QuoteRecallFloor}");
    }

    /// <summary>Names match when, lower-cased without punctuation and a leading article, one's words contain the other's.</summary>
    internal static bool SameSpeaker(string gold, string predicted)
    {
        static string[] Words(string s) => new string(s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == ' ' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "a" or "an" or "mr" or "ms")).ToArray();
        var (g, p) = (Words(gold), Words(predicted));
        return g.Length > 0 && p.Length > 0 && (g.All(p.Contains) || p.All(g.Contains));
    }

    private static (FigureKind Kind, double Value, double? High) ParseGold(string s)
    {
        var body = s[2..];
        var dash = body.IndexOf('-', 1);
        return dash > 0 && body[dash - 1] != 'e'
            ? (Kinds[s[0]], double.Parse(body[..dash], CultureInfo.InvariantCulture), double.Parse(body[(dash + 1)..], CultureInfo.InvariantCulture))
            : (Kinds[s[0]], double.Parse(body, CultureInfo.InvariantCulture), null);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= ValueTolerance * Math.Max(Math.Abs(b), 1e-9) || Math.Abs(a - b) < 1e-6;

    private static void Add(Dictionary<FigureKind, int> d, FigureKind k) => d[k] = d.GetValueOrDefault(k) + 1;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
