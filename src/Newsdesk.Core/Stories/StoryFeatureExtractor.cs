using System.Globalization;
using Newsdesk.Core.Dedup;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Stories;

/// <summary>
/// Turns an article into counted features: stemmed title and body terms, named entities, numbers
/// and dates. Entities come from <see cref="FindEntities"/>, the one place to plug in a better
/// entity recogniser.
/// </summary>
public static class StoryFeatureExtractor
{
    /// <summary>Body text beyond this many characters adds little about the event and costs time.</summary>
    public const int MaxTextChars = 12_000;

    private static readonly StoryClusteringOptions Defaults = new();

    public static StoryFeatures Extract(StoryDocument document, StoryClusteringOptions? options = null)
    {
        options ??= Defaults;
        var counts = new Dictionary<ulong, (FeatureKind Kind, float Count)>();
        var text = document.Text.Length > MaxTextChars ? document.Text[..MaxTextChars] : document.Text;
        var titleTokens = Tokenizer.Tokenize(document.Title);
        var bodyTokens = Tokenizer.Tokenize(text);

        var lead = (float)options.LeadBoost;
        AddWords(counts, titleTokens, title: true, _ => lead);
        AddWords(counts, bodyTokens, title: false, t => t.Start < options.LeadChars ? lead : 1);

        if (!CapitalisedSpans.IsTitleCase(document.Title, titleTokens))
        {
            AddEntities(counts, FindEntities(document.Title, titleTokens), options.EntityParts);
        }

        AddEntities(counts, FindEntities(text, bodyTokens), options.EntityParts);

        var features = new Feature[counts.Count];
        var i = 0;
        foreach (var (key, value) in counts)
        {
            features[i++] = new Feature(key, value.Kind, value.Count);
        }

        // Dictionary order depends on insertion history only, but sorting makes the order obvious.
        Array.Sort(features, (a, b) => a.Key.CompareTo(b.Key));
        return new StoryFeatures(document.Title, document.Time, features, document.Opinion, document.Id);
    }

    /// <summary>The key of a body or title term (a lower-cased word), as stored in story centroids.</summary>
    public static ulong TermKey(string lowerCaseWord) => WithKind(StableHash.Of('t', PorterStemmer.Stem(lowerCaseWord)), FeatureKind.Term);

    private static ulong WithKind(ulong hash, FeatureKind kind) => (hash & ~Feature.KindMask) | (ulong)kind;

    /// <summary>Named people, places and organisations of a text, as written. The seam for a gazetteer-based recogniser.</summary>
    public static IReadOnlyList<string> FindEntities(string text, IReadOnlyList<Token> tokens) => CapitalisedSpans.Find(text, tokens);

    private static void AddWords(Dictionary<ulong, (FeatureKind, float)> counts, List<Token> tokens, bool title, Func<Token, float> weight)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var value = tokens[i].Value;
            if (char.IsDigit(value[0]))
            {
                AddNumber(counts, value, i > 0 ? tokens[i - 1].Value : null);
                continue;
            }

            if (Stopwords.IsStopword(value) || value.Length < 2 || CapitalisedSpans.CalendarWords.Contains(value))
            {
                continue;
            }

            var stem = PorterStemmer.Stem(value);
            Add(counts, StableHash.Of('t', stem), FeatureKind.Term, weight(tokens[i]));
            if (title)
            {
                Add(counts, StableHash.Of('h', stem), FeatureKind.TitleTerm, 1);
            }
        }
    }

    private static void AddNumber(Dictionary<ulong, (FeatureKind, float)> counts, string value, string? previous)
    {
        var digits = value.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099)
        {
            Add(counts, StableHash.Of('y', digits), FeatureKind.Date, 1);
            return;
        }

        if (previous is not null && CapitalisedSpans.CalendarWords.Contains(previous)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            var monthDay = previous[..3] + " " + day.ToString(CultureInfo.InvariantCulture);
            Add(counts, StableHash.Of('d', monthDay), FeatureKind.Date, 1);
            return;
        }

        Add(counts, StableHash.Of('n', digits), FeatureKind.Number, 1);
    }

    private static void AddEntities(Dictionary<ulong, (FeatureKind, float)> counts, IReadOnlyList<string> names, bool parts)
    {
        foreach (var name in names)
        {
            var words = Tokenizer.Words(name).ToList();
            var key = string.Join(' ', words);
            if (key.Length > 1)
            {
                Add(counts, StableHash.Of('e', key), FeatureKind.Entity, 1);
            }

            if (parts && words.Count > 1)
            {
                foreach (var word in words.Where(w => w.Length > 2 && !Stopwords.IsStopword(w)))
                {
                    Add(counts, StableHash.Of('e', word), FeatureKind.Entity, 0.5f);
                }
            }
        }
    }

    private static void Add(Dictionary<ulong, (FeatureKind Kind, float Count)> counts, ulong key, FeatureKind kind, float n)
    {
        // The kind rides in the key's low bits, so stories need not store it beside every key.
        key = WithKind(key, kind);
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out var exists);
        slot = exists ? (slot.Kind, slot.Count + n) : (kind, n);
    }
}
