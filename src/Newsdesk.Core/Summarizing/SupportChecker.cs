using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// Checks sentences a language model wrote against the sentences of their sources. Rules, in order:
/// 1. evidence = the <see cref="EvidenceSentences"/> source sentences sharing the most content
///    words with it, numbers aside (a rewrite may merge two or three sentences, rarely more; a
///    number must not pull in the sentence it was lifted from);
/// 2. every number must be in the evidence, compared by value ("12,000" = "12 thousand",
///    "three" = "3"): a number the sources do not give is the typical hallucination;
/// 3. every capitalised word after the first (a name, place, organisation, month) must be in
///    the evidence;
/// 4. at least <see cref="MinimumCoverage"/> of its content terms must be in the evidence.
/// A sentence failing any rule is unsupported, with one problem per failure.
/// </summary>
public sealed partial class SupportChecker
{
    public const int EvidenceSentences = 3;

    /// <summary>
    /// Half of the content terms: paraphrase swaps verbs and adds function words ("launched" for
    /// "fired"), so a higher bar flags faithful rewrites; names and numbers are checked strictly above.
    /// </summary>
    public const double MinimumCoverage = 0.5;

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["dozen"] = 12,
    };

    private readonly List<Indexed> _sources;

    /// <summary>Indexes every sentence of <paramref name="sources"/>; check as many sentences against them as needed.</summary>
    public SupportChecker(IReadOnlyList<SummarySource> sources)
    {
        _sources = [];
        for (var d = 0; d < sources.Count; d++)
        {
            var sentences = SentenceSplitter.Split(sources[d].Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                _sources.Add(new Indexed(new SummarySentence(d, i, s.Start, s.Length, s.Text), Features.Of(s.Text)));
            }
        }
    }

    public SentenceSupport Check(string sentence)
    {
        var claim = Features.Of(sentence);
        var evidence = _sources
            .Select((s, order) => (s, order, shared: s.Features.Terms.Count(t => !char.IsDigit(t[0]) && claim.Terms.Contains(t))))
            .Where(x => x.shared > 0)
            .OrderByDescending(x => x.shared).ThenBy(x => x.order)
            .Take(EvidenceSentences)
            .Select(x => x.s)
            .ToList();
        var terms = evidence.SelectMany(e => e.Features.Terms).ToHashSet(StringComparer.Ordinal);
        var words = evidence.SelectMany(e => e.Features.Words).ToHashSet(StringComparer.Ordinal);
        var numbers = evidence.SelectMany(e => e.Features.Numbers).ToHashSet();

        var problems = new List<string>();
        foreach (var (value, shown) in claim.NumbersAsWritten)
        {
            if (!numbers.Contains(value))
            {
                problems.Add(_sources.Any(s => s.Features.Numbers.Contains(value))
                    ? $"number {shown} is in the sources but not in the sentences this one restates"
                    : $"number {shown} is not in the sources");
            }
        }

        foreach (var name in claim.Names.Where(n => !words.Contains(n.ToLowerInvariant())))
        {
            problems.Add($"name {name} is not in the sources it restates");
        }

        var coverage = claim.Terms.Count == 0 ? 1 : (double)claim.Terms.Count(terms.Contains) / claim.Terms.Count;
        if (coverage < MinimumCoverage)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"only {coverage * 100:F0}% of its content words are in the sources"));
        }

        return new SentenceSupport(sentence, problems.Count == 0, problems, coverage, evidence.Select(e => e.Sentence).ToList());
    }

    private sealed record Indexed(SummarySentence Sentence, Features Features);

    private sealed record Features(HashSet<string> Terms, HashSet<string> Words, List<(decimal Value, string Shown)> NumbersAsWritten, List<string> Names)
    {
        public IEnumerable<decimal> Numbers => NumbersAsWritten.Select(n => n.Value);

        public static Features Of(string text)
        {
            var tokens = Tokenizer.Tokenize(text);
            var names = new List<string>();
            for (var i = 1; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (char.IsUpper(text[t.Start]) && t.Length > 1 && !Stopwords.IsStopword(t.Value))
                {
                    names.Add(text.Substring(t.Start, t.Length));
                }
            }

            var numbers = new List<(decimal, string)>();
            foreach (Match m in Number().Matches(text))
            {
                var value = decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                numbers.Add((value * Scale(m.Groups["scale"].Value), m.Value));
            }

            foreach (var t in tokens)
            {
                if (NumberWords.TryGetValue(t.Value, out var value))
                {
                    numbers.Add((value, t.Value));
                }
            }

            return new Features(
                Tokenizer.Terms(text).ToHashSet(StringComparer.Ordinal),
                tokens.Select(t => t.Value).ToHashSet(StringComparer.Ordinal),
                numbers.Distinct().ToList(),
                names.Distinct(StringComparer.Ordinal).ToList());
        }

        private static decimal Scale(string word) => word.ToLowerInvariant() switch
        {
            "thousand" => 1_000m,
            "million" or "m" => 1_000_000m,
            "billion" or "bn" => 1_000_000_000m,
            "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion)\b|(?<scale>bn|m)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
