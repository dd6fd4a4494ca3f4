using System.Globalization;
using Newsdesk.Core.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Newsdesk.Core.Entities;

/// <summary>
/// The names a beat cares about, read from a YAML file the editor can edit (the default for the
/// Korean-peninsula security beat is embedded in Core as DefaultGlossary.yaml). Names are matched
/// as word sequences (see <see cref="Tokenizer"/>), so "Kim Jong-un", "Kim Jong Un" and
/// "Kim Jong-Un" meet, and a possessive ("Seoul's") still matches its name.
/// </summary>
public sealed class BeatGlossary
{
    private const string DefaultResource = "Newsdesk.Core.Entities.DefaultGlossary.yaml";

    private readonly Dictionary<string, List<AliasPattern>> _byFirstWord;

    private BeatGlossary(string beat, IReadOnlyList<GlossaryEntry> entries)
    {
        Beat = beat;
        Entries = entries;
        _byFirstWord = BuildIndex(entries);
        ByKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>The beat's name ("Korean peninsula security").</summary>
    public string Beat { get; }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public IReadOnlyDictionary<string, GlossaryEntry> ByKey { get; }

    /// <summary>The glossary embedded in Core for the Korean-peninsula security beat.</summary>
    public static BeatGlossary LoadDefault()
    {
        using var stream = typeof(BeatGlossary).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"{DefaultResource} is not embedded in Newsdesk.Core.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    /// <summary>Reads a glossary; fails with the entry at fault when a name is missing or a key repeats.</summary>
    public static BeatGlossary Load(TextReader yaml)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<GlossaryFile?>(yaml) ?? new GlossaryFile();
        var entries = new List<GlossaryEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in file.Entities ?? [])
        {
            if (string.IsNullOrWhiteSpace(e.Name))
            {
                throw new FormatException($"Glossary entry {entries.Count + 1} has no name.");
            }

            var key = string.IsNullOrWhiteSpace(e.Key) ? KeyOf(e.Name) : e.Key.Trim();
            if (!keys.Add(key))
            {
                throw new FormatException($"Glossary key '{key}' appears twice.");
            }

            entries.Add(new GlossaryEntry
            {
                Key = key,
                Name = e.Name.Trim(),
                Kind = ParseKind(e.Kind, e.Name),
                Aliases = (e.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
                Metonyms = (e.Metonyms ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
            });
        }

        return new BeatGlossary(file.Beat ?? "", entries);
    }

    /// <summary>The key a name gets when the glossary gives none: its words, lower case, joined by '-'.</summary>
    public static string KeyOf(string name) => string.Join('-', Tokenizer.Words(name));

    /// <summary>The glossary names that could start at word <paramref name="index"/>, longest first.</summary>
    internal IReadOnlyList<AliasPattern> Candidates(IReadOnlyList<Token> words, int index) =>
        _byFirstWord.TryGetValue(words[index].Value, out var list) ? list : [];

    private static EntityKind ParseKind(string? kind, string name) =>
        string.IsNullOrWhiteSpace(kind) ? EntityKind.Other
        : Enum.TryParse<EntityKind>(kind.Replace("organisation", "organization", StringComparison.OrdinalIgnoreCase), ignoreCase: true, out var k) ? k
        : throw new FormatException($"Glossary entry '{name}' has an unknown kind '{kind}' (person, organization, place, other).");

    private static Dictionary<string, List<AliasPattern>> BuildIndex(IReadOnlyList<GlossaryEntry> entries)
    {
        var index = new Dictionary<string, List<AliasPattern>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                foreach (var variant in Variants(name, entry.Kind))
                {
                    Add(index, AliasPattern.Create(variant, entry, metonym: false));
                }
            }

            foreach (var name in entry.Metonyms)
            {
                Add(index, AliasPattern.Create(name, entry, metonym: true));
            }
        }

        foreach (var list in index.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return index;
    }

    /// <summary>
    /// Spelling variants the editor need not list. Korean given names are written as one word, with a
    /// hyphen or with a space ("Kim Jong Un", "Kim Jong-un", "Kim Jongun"): the word sequence already
    /// covers the first two, and a three-word person name also gets its given name joined.
    /// </summary>
    private static IEnumerable<string> Variants(string name, EntityKind kind)
    {
        yield return name;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (kind == EntityKind.Person && words.Length == 3 && words.All(w => w.All(char.IsLetter)))
        {
            yield return words[0] + " " + words[1] + words[2].ToLower(CultureInfo.InvariantCulture);
        }
    }

    private static void Add(Dictionary<string, List<AliasPattern>> index, AliasPattern pattern)
    {
        if (pattern.Words.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(pattern.Words[0], out var list))
        {
            index[pattern.Words[0]] = list = [];
        }

        if (!list.Any(p => p.Entry == pattern.Entry && p.Metonym == pattern.Metonym && p.Words.SequenceEqual(pattern.Words) && p.Upper.SequenceEqual(pattern.Upper)))
        {
            list.Add(pattern);
        }
    }

    private sealed class GlossaryFile
    {
        public string? Beat { get; set; }

        public List<EntryDto>? Entities { get; set; }
    }

    private sealed class EntryDto
    {
        public string? Key { get; set; }

        public string? Name { get; set; }

        public string? Kind { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? Metonyms { get; set; }
    }
}
