using Newsdesk.Core.Text;

namespace Newsdesk.Core.Entities;

/// <summary>
/// Finds the people, organisations, places and other named things of a text, resolved through the
/// beat glossary. Thread-safe; the clusterer, ranking and search call <see cref="Extract"/>. Rules:
/// 1. glossary names first, longest match at each word (aliases, romanisations, abbreviations);
///    a metonym ("Pyongyang") is the government unless a place preposition precedes it ("in Pyongyang");
///    a one-word glossary name glued to another capitalised word is part of a longer name
///    ("George Washington", "Seoul National University") and is left to rule 2;
/// 2. other runs of capitalised words (with "of", "for" inside) form a name; a leading title
///    ("Gen.", "Foreign Minister", "leader") is stripped and makes it a person;
/// 3. the name's kind comes from, in order: a title; an organisation suffix or head ("... Agency",
///    "Ministry of ..."); a place suffix ("... Province"); a verb of saying next to a two- or
///    three-word name ("X said", "said X"); a place preposition before a short name; else Other;
/// 4. one word repeating the first or last word of a person named earlier is that person ("Lavrov");
/// 5. a lone capitalised word opening a sentence, with no cue, is not a name ("Officials said").
/// </summary>
public sealed class EntityExtractor(BeatGlossary glossary)
{
    public BeatGlossary Glossary => glossary;

    public IReadOnlyList<EntityMention> Extract(string text)
    {
        var words = Tokenizer.Tokenize(text);
        var sentenceStarts = SentenceStartWords(text, words);
        var mentions = new List<EntityMention>();
        var people = new List<EntityMention>();
        var i = 0;
        while (i < words.Count)
        {
            var glossaryMatch = MatchGlossary(text, words, i);
            if (glossaryMatch is not null)
            {
                var (mention, length) = glossaryMatch.Value;
                mentions.Add(mention);
                if (mention.Kind == EntityKind.Person)
                {
                    people.Add(mention);
                }

                i += length;
                continue;
            }

            if (!IsCapitalised(text, words[i]))
            {
                i++;
                continue;
            }

            var end = SpanEnd(text, words, i);
            var found = Classify(text, words, i, end, sentenceStarts.Contains(i), people);
            if (found is not null)
            {
                mentions.Add(found);
                if (found.Kind == EntityKind.Person)
                {
                    people.Add(found);
                }
            }

            i = end;
        }

        return mentions;
    }

    /// <summary>The distinct entities of a text with their mention counts, most mentioned first.</summary>
    public IReadOnlyList<(EntityMention First, int Count)> Distinct(string text) =>
        Extract(text).GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => (g.First(), g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Start)
            .ToList();

    private (EntityMention Mention, int Length)? MatchGlossary(string text, List<Token> words, int i)
    {
        AliasPattern? literal = null;
        AliasPattern? metonym = null;
        foreach (var pattern in glossary.Candidates(words, i))
        {
            if ((literal is not null && pattern.Words.Length < literal.Words.Length) || !pattern.Matches(text, words, i))
            {
                continue;
            }

            if (pattern.Metonym)
            {
                metonym ??= pattern;
            }
            else
            {
                literal ??= pattern;
            }
        }

        var afterPlacePreposition = i > 0 && EntityCues.PlacePrepositions.Contains(words[i - 1].Value)
            && !(i > 1 && words[i - 2].Value == "according");
        var chosen = (literal, metonym) switch
        {
            (not null, not null) when literal.Words.Length > metonym.Words.Length => literal,
            (not null, not null) => afterPlacePreposition ? literal : metonym,
            (not null, null) => literal,
            (null, not null) => metonym,
            _ => null,
        };
        if (chosen is null || (chosen.Words.Length == 1 && GluedToName(text, words, i)))
        {
            return null;
        }

        var last = words[i + chosen.Words.Length - 1];
        var mention = new EntityMention(chosen.Entry.Kind, chosen.Entry.Key, chosen.Entry.Name, words[i].Start, last.End - words[i].Start)
        {
            InGlossary = true,
        };
        return (mention, chosen.Words.Length);
    }

    /// <summary>Rule 1: "George Washington", "Seoul National University", "Pyongyang Times".</summary>
    private bool GluedToName(string text, List<Token> words, int i)
    {
        if (i + 1 < words.Count && IsCapitalised(text, words[i + 1]) && Gap(text, words[i], words[i + 1])
            && !Stopwords.IsStopword(words[i + 1].Value) && glossary.Candidates(words, i + 1).Count == 0
            && !EntityCues.NotNames.Contains(words[i + 1].Value))
        {
            return true;
        }

        return GluedToPrevious(text, words, i);
    }

    private static bool GluedToPrevious(string text, List<Token> words, int i) =>
        i > 0 && IsCapitalised(text, words[i - 1]) && Gap(text, words[i - 1], words[i])
        && !Stopwords.IsStopword(words[i - 1].Value) && !EntityCues.PersonTitles.Contains(words[i - 1].Value)
        && !EntityCues.NotNames.Contains(words[i - 1].Value) && !IsSentenceStartWord(text, words[i - 1]);

    private int SpanEnd(string text, List<Token> words, int start)
    {
        var end = start + 1;
        while (end < words.Count)
        {
            if (!Gap(text, words[end - 1], words[end]))
            {
                break;
            }

            // A glossary name ends the span, unless it is one word glued to this one (rule 1).
            var match = glossary.Candidates(words, end).FirstOrDefault(p => p.Matches(text, words, end));
            if (match is not null && (match.Words.Length > 1 || !GluedToPrevious(text, words, end)))
            {
                break;
            }

            if (IsCapitalised(text, words[end]))
            {
                end++;
                continue;
            }

            // Korean given names: "Kang Byung-gil", "Lee Jae-myung".
            if (text[words[end].Start - 1] == '-' && words[end].Length <= 5 && words[end - 1].Length <= 6
                && words[end].Value.All(char.IsLetter) && !HyphenSuffixes.Contains(words[end].Value))
            {
                end++;
                continue;
            }

            // "Ministry of Foreign Affairs": a connector only counts when a capitalised word follows;
            // "and" only inside an organisation's name ("Center for Strategic and International Studies").
            var connector = EntityCues.NameConnectors.Contains(words[end].Value)
                || (words[end].Value == "and" && end - start >= 2 && HasOrganizationWord(words, start, end));
            if (connector && end + 1 < words.Count
                && IsCapitalised(text, words[end + 1]) && Gap(text, words[end], words[end + 1]))
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    private static EntityMention? Classify(string text, List<Token> words, int start, int end, bool sentenceStart, List<EntityMention> people)
    {
        // "leader Kim", "spokesperson Koo": a lower-case title just before the name.
        var titled = start > 0 && EntityCues.PersonTitles.Contains(words[start - 1].Value) && !IsCapitalised(text, words[start - 1])
            && Gap(text, words[start - 1], words[start]);
        var first = start;
        // Leading stop words ("The", "In"), non-names ("Russian", "July") and titles ("Foreign Minister").
        while (first < end && (Stopwords.IsStopword(words[first].Value) || EntityCues.NotNames.Contains(words[first].Value)
            || EntityCues.PersonTitles.Contains(words[first].Value) || EntityCues.NameConnectors.Contains(words[first].Value)
            || IsTitleQualifier(words, first, end)))
        {
            titled |= EntityCues.PersonTitles.Contains(words[first].Value);
            first++;
        }

        var last = end;
        while (last > first && (EntityCues.NotNames.Contains(words[last - 1].Value) || Stopwords.IsStopword(words[last - 1].Value)
            || EntityCues.NameConnectors.Contains(words[last - 1].Value)))
        {
            last--;
        }

        if (last <= first || words.Skip(first).Take(last - first).All(w => w.Value.All(char.IsDigit)))
        {
            return null;
        }

        var count = last - first;
        var spanStart = words[first].Start;
        var name = text[spanStart..words[last - 1].End];
        var firstValue = words[first].Value;
        var lastValue = words[last - 1].Value;

        EntityKind kind;
        if (titled && count <= 4)
        {
            kind = EntityKind.Person;
        }
        else if (EntityCues.OrganizationSuffixes.Contains(lastValue) || (count > 1 && EntityCues.OrganizationHeads.Contains(firstValue))
            || HeadBeforeConnector(words, first, last))
        {
            kind = EntityKind.Organization;
        }
        else if (count > 1 && EntityCues.PlaceSuffixes.Contains(lastValue))
        {
            kind = EntityKind.Place;
        }
        else if (count == 1 && people.LastOrDefault(p => NameWords(p.PreferredName) is var w && (w[0] == firstValue || w[^1] == firstValue)) is { } person)
        {
            // Rule 4.
            return person with { Start = spanStart, Length = words[first].Length };
        }
        else if (count is 2 or 3 && NextToSpeechVerb(text, words, first, last))
        {
            kind = EntityKind.Person;
        }
        else if (count <= 2 && first > 0 && first == start && EntityCues.PlacePrepositions.Contains(words[first - 1].Value)
            && !(first > 1 && words[first - 2].Value == "according") && !IsAcronym(name))
        {
            kind = EntityKind.Place;
        }
        else if (count == 1 && (sentenceStart && first == start))
        {
            // Rule 5.
            return null;
        }
        else
        {
            kind = EntityKind.Other;
        }

        return new EntityMention(kind, BeatGlossary.KeyOf(name), name, spanStart, words[last - 1].End - spanStart);
    }

    private static bool HasOrganizationWord(List<Token> words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (EntityCues.OrganizationSuffixes.Contains(words[k].Value) || EntityCues.OrganizationHeads.Contains(words[k].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Korea Institute for Defense Analyses": an organisation word right before "of"/"for".</summary>
    private static bool HeadBeforeConnector(List<Token> words, int first, int last)
    {
        for (var k = first; k + 1 < last; k++)
        {
            if (EntityCues.NameConnectors.Contains(words[k + 1].Value) && EntityCues.OrganizationSuffixes.Contains(words[k].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Foreign" in "Foreign Minister", "Defense" in "Defense Secretary": a word before a title.</summary>
    private static bool IsTitleQualifier(List<Token> words, int index, int end) =>
        index + 1 < end && EntityCues.PersonTitles.Contains(words[index + 1].Value)
        && !EntityCues.PersonTitles.Contains(words[index].Value);

    private static bool NextToSpeechVerb(string text, List<Token> words, int first, int last)
    {
        if (last < words.Count && EntityCues.SpeechVerbs.Contains(words[last].Value) && !text[words[last - 1].End..words[last].Start].Contains('.'))
        {
            return true;
        }

        // "X, the ministry's spokesman, said": the verb after an appositive that opens in lower case.
        if (last < words.Count && text[words[last - 1].End] == ',' && char.IsLower(text[words[last].Start]))
        {
            for (var k = last; k < Math.Min(words.Count, last + 10); k++)
            {
                if (EntityCues.SpeechVerbs.Contains(words[k].Value) && text[words[k - 1].End..words[k].Start].Contains(','))
                {
                    return true;
                }
            }
        }

        return first > 0 && EntityCues.SpeechVerbs.Contains(words[first - 1].Value);
    }

    private static string[] NameWords(string name) => Tokenizer.Words(name).ToArray() is { Length: > 0 } w ? w : [""];

    private static HashSet<int> SentenceStartWords(string text, List<Token> words)
    {
        var starts = new HashSet<int>();
        var w = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            while (w < words.Count && words[w].Start < sentence.Start)
            {
                w++;
            }

            if (w < words.Count)
            {
                starts.Add(w);
            }
        }

        return starts;
    }

    private static bool IsSentenceStartWord(string text, Token word)
    {
        var i = word.Start - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '“' or '\'' or '‘' or '(')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 6 && name.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Lower-case words after a hyphen that are not the second half of a given name ("Russia-based").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> HyphenSuffixes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["based", "led", "backed", "made", "style", "owned", "run", "born", "era", "type", "class", "level", "wide", "like", "linked", "held",
         "bound", "ruled", "armed", "ready", "only", "free", "range", "grade", "sized", "scale", "term", "long", "year", "day"],
        StringComparer.Ordinal);

    private static bool IsCapitalised(string text, Token word) => char.IsUpper(text[word.Start]);

    private static bool Gap(string text, Token a, Token b) => AliasPattern.IsNameGap(text, a, b);
}
