using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.StoryBench;

/// <summary>
/// Makes copies of a real article, one of each kind an editor meets (deterministic for a seed):
/// verbatim (page furniture and whitespace change), edited (trimmed; retitled; paragraphs added),
/// and rewrite (content words swapped for synonyms, clauses moved within sentences, the way
/// content farms spin wire copy). The truth of each copy is the kind it was made as.
/// </summary>
internal static partial class CopyGenerator
{
    /// <summary>Synonym pairs a spinner uses; both directions apply.</summary>
    private static readonly (string, string)[] SynonymPairs =
    [
        ("said", "stated"), ("says", "states"), ("told", "informed"), ("people", "individuals"), ("government", "administration"),
        ("officials", "authorities"), ("official", "representative"), ("country", "nation"), ("big", "large"), ("huge", "enormous"),
        ("small", "little"), ("begin", "start"), ("began", "started"), ("end", "finish"), ("ended", "finished"), ("help", "assist"),
        ("helped", "assisted"), ("show", "demonstrate"), ("showed", "demonstrated"), ("shows", "demonstrates"), ("buy", "purchase"),
        ("bought", "purchased"), ("need", "require"), ("needs", "requires"), ("needed", "required"), ("try", "attempt"),
        ("tried", "attempted"), ("use", "utilize"), ("used", "utilized"), ("make", "create"), ("made", "created"), ("get", "obtain"),
        ("important", "significant"), ("major", "key"), ("main", "principal"), ("leader", "head"), ("leaders", "heads"),
        ("president", "head of state"), ("company", "firm"), ("companies", "firms"), ("money", "funds"), ("job", "position"),
        ("jobs", "positions"), ("area", "region"), ("areas", "regions"), ("city", "town"), ("car", "vehicle"), ("cars", "vehicles"),
        ("fast", "quick"), ("quickly", "rapidly"), ("recently", "lately"), ("later", "subsequently"), ("also", "additionally"),
        ("however", "nevertheless"), ("because", "since"), ("about", "approximately"), ("around", "roughly"), ("many", "numerous"),
        ("most", "the majority of"), ("week", "seven days"), ("killed", "slain"), ("attack", "assault"), ("attacks", "assaults"),
        ("warned", "cautioned"), ("announced", "declared"), ("reported", "disclosed"), ("claimed", "asserted"), ("plan", "scheme"),
        ("plans", "schemes"), ("decision", "ruling"), ("problem", "issue"), ("problems", "issues"), ("increase", "rise"),
        ("increased", "rose"), ("decrease", "decline"), ("fell", "dropped"), ("hit", "struck"), ("find", "discover"),
        ("found", "discovered"), ("think", "believe"), ("thought", "believed"), ("want", "wish"), ("wanted", "wished"),
        ("allow", "permit"), ("allowed", "permitted"), ("agree", "concur"), ("agreed", "concurred"), ("expect", "anticipate"),
        ("expected", "anticipated"), ("children", "kids"), ("woman", "lady"), ("women", "ladies"), ("man", "gentleman"),
        ("men", "gentlemen"), ("talks", "negotiations"), ("meeting", "gathering"), ("move", "step"), ("law", "legislation"),
        ("police", "law enforcement"), ("military", "armed forces"), ("troops", "soldiers"), ("before", "prior to"),
        ("after", "following"), ("during", "throughout"), ("while", "whilst"), ("despite", "in spite of"), ("enough", "sufficient"),
        ("whole", "entire"), ("another", "one more"), ("new", "fresh"), ("old", "former"), ("hard", "difficult"), ("easy", "simple"),
    ];

    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    private static readonly string[] Furniture = ["Advertisement", "Share this article", "Read more:", "Sign up for our newsletter"];

    public static (string Title, string Text) Verbatim(string title, string text, Random random)
    {
        var paragraphs = Paragraphs(text);
        var at = random.Next(1, Math.Max(2, paragraphs.Count));
        paragraphs.Insert(Math.Min(at, paragraphs.Count), Furniture[random.Next(Furniture.Length)]);
        return (title, string.Join("\n\n", paragraphs.Select(p => p.Replace(". ", ".  ", StringComparison.Ordinal))));
    }

    /// <summary>The first 55-75% of the sentences (always at least one fewer), paragraphs kept.</summary>
    public static (string Title, string Text) Trimmed(string title, string text, Random random)
    {
        var sentences = Newsdesk.Core.Text.SentenceSplitter.Split(text);
        var keep = Math.Clamp((int)Math.Ceiling(sentences.Count * (0.55 + 0.2 * random.NextDouble())), 1, Math.Max(1, sentences.Count - 1));
        return (title, text[..sentences[keep - 1].End]);
    }

    public static (string Title, string Text) Retitled(string title, string text, Random random)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prefix = new[] { "UPDATE: ", "WATCH: ", "Report: ", "BREAKING: " }[random.Next(4)];
        return (prefix + string.Join(' ', words.Take(Math.Max(3, words.Length - 2))), text);
    }

    /// <summary>The original with one or two paragraphs from <paramref name="other"/> added (the editor's own reporting).</summary>
    public static (string Title, string Text) Extended(string title, string text, string other, Random random)
    {
        var paragraphs = Paragraphs(text);
        var extra = Paragraphs(other).Where(p => p.Length > 80).Take(1 + random.Next(2)).ToList();
        paragraphs.InsertRange(Math.Min(paragraphs.Count, 1 + random.Next(paragraphs.Count)), extra);
        return (title, string.Join("\n\n", paragraphs));
    }

    public static (string Title, string Text) Rewrite(string title, string text, Random random) =>
        (Spin(title, random), string.Join("\n\n", Paragraphs(text).Select(p => Spin(p, random))));

    /// <summary>
    /// Spinning as seed 003 shows it: every known synonym swapped, one other lower-case content word in
    /// four replaced by a word the detector cannot relate (a spinner's thesaurus is larger than ours),
    /// and in one paragraph in three two sentences merged into one; names and numbers stay.
    /// </summary>
    public static (string Title, string Text) Spun(string title, string text, Random random)
    {
        var paragraphs = Paragraphs(text).Select(p =>
        {
            var swapped = Word().Replace(p, m =>
            {
                if (Synonyms.TryGetValue(m.Value.ToLowerInvariant(), out var synonym))
                {
                    return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(synonym[0]) + synonym[1..] : synonym;
                }

                return m.Value.Length > 3 && char.IsLower(m.Value[0]) && random.NextDouble() < 0.25
                    ? Unrelated[random.Next(Unrelated.Length)]
                    : m.Value;
            });
            var sentences = Regex.Split(swapped, @"(?<=[.!?])\s+").ToList();
            if (sentences.Count > 1 && random.NextDouble() < 1.0 / 3)
            {
                var at = random.Next(sentences.Count - 1);
                var next = sentences[at + 1];
                sentences[at] = sentences[at].TrimEnd('.') + ", and " + char.ToLowerInvariant(next[0]) + next[1..];
                sentences.RemoveAt(at + 1);
            }

            return string.Join(' ', sentences);
        });
        return (Spin(title, random), string.Join("\n\n", paragraphs));
    }

    /// <summary>Stand-ins for synonyms outside <see cref="SynonymPairs"/>: to the detector they are new words.</summary>
    private static readonly string[] Unrelated =
        ["notable", "sizeable", "broad", "prompt", "firm", "keen", "marked", "steady", "vital", "swift", "formal", "modest", "overall", "current"];

    /// <summary>Swaps synonyms (three words in four that have one), drops some other words and moves a leading clause to the end of some sentences.</summary>
    private static string Spin(string paragraph, Random random)
    {
        var swapped = Word().Replace(paragraph, m =>
        {
            if (!Synonyms.TryGetValue(m.Value.ToLowerInvariant(), out var synonym))
            {
                // Spinners also drop words they cannot swap (adjectives, adverbs): one lower-case word in seven.
                return m.Value.Length > 3 && char.IsLower(m.Value[0]) && random.NextDouble() < 1.0 / 7 ? "" : m.Value;
            }

            if (random.NextDouble() > 0.75)
            {
                return m.Value;
            }

            return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(synonym[0]) + synonym[1..] : synonym;
        });
        swapped = Regex.Replace(swapped, "  +", " ");
        var sentences = Regex.Split(swapped, @"(?<=[.!?])\s+");
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            var comma = s.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 10 && comma < s.Length - 20 && s.EndsWith('.') && random.NextDouble() < 0.4 && !s.Contains('"', StringComparison.Ordinal))
            {
                var head = s[..comma];
                var tail = s[(comma + 2)..^1];
                sentences[i] = char.ToUpperInvariant(tail[0]) + tail[1..] + ", " + char.ToLowerInvariant(head[0]) + head[1..] + ".";
            }
        }

        // A spinner touches every sentence: where nothing was swapped, one word goes.
        for (var i = 0; i < sentences.Length; i++)
        {
            var words = sentences[i].Split(' ');
            if (words.Length > 3 && paragraph.Contains(sentences[i], StringComparison.Ordinal))
            {
                var drop = 1 + random.Next(words.Length - 2);
                sentences[i] = string.Join(' ', words.Where((_, k) => k != drop));
            }
        }

        return string.Join(' ', sentences);
    }

    private static List<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static Dictionary<string, string> BuildSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in SynonymPairs)
        {
            map.TryAdd(a, b);
            if (!b.Contains(' ', StringComparison.Ordinal))
            {
                map.TryAdd(b, a);
            }
        }

        return map;
    }

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();
}
