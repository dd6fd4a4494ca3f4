using System.Text.RegularExpressions;
using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Quotes;

/// <summary>
/// Finds direct quotations (at least <see cref="MinWords"/> words, not a title) and their speakers.
/// Attribution rules, first match wins:
/// 1. after the quote, "..., said X" (X up to the next punctuation; ", ROLE" after X is its role);
/// 2. after the quote, "..., X said" or "..., X, ROLE, said";
/// 3. before the quote, in the same sentence, "X said: ...", "X said that ... '...'", "X told reporters, ...";
/// 4. before the quote, a colon intro with a name and no verb: "Lavrov: ...";
/// 5. "according to X" in the quote's sentence;
/// 6. a quote with no attribution that opens its paragraph, right after an attributed quote, in the
///    same or the previous paragraph, continues that speaker;
/// A speaker "he" or "she" is the nearest earlier named person (a previous speaker or a person
/// mention); "they", "it", "we" and "I" give no speaker. A speaker containing a recognised person or
/// organisation is named by the entity's preferred name (so "Lavrov" is "Sergei Lavrov").
/// </summary>
public sealed class QuoteExtractor(EntityExtractor entities)
{
    /// <summary>Shorter quoted spans are scare quotes and names ("unconditional support"), not quotations.</summary>
    public const int MinWords = 5;

    private const int MaxSpeakerWords = 9;

    private static readonly string Verbs = string.Join('|', EntityCues.SpeechVerbs.OrderByDescending(v => v.Length));

    private static readonly Regex SaidX = new(@"^[\s,—–-]*(?:(?:he|she)\s+)?(?<verb>" + Verbs + @")\s+(?<who>[^,.;:!?""“”()]{2,120}?)(?=\s*(?:[,.;:!?""“”(]|$|\s(?:in|on|at|during|after|before|while|when|of|to|about|with)\b))(?:,\s*(?<role>[^.;""“”]{3,150}?)(?=[.;""“”]|$))?",
        RegexOptions.CultureInvariant);

    private static readonly Regex XSaid = new(@"^[\s,—–-]*(?:and\s+|but\s+)?(?<who>[^,.;:!?""“”()]{1,120}?)(?:,\s*(?<role>[^.;:""“”]{3,150}?),)?\s+(?:also\s+|later\s+|then\s+)?(?<verb>" + Verbs + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex BeforeSaid = new(@"(?:^|[,.;:!?""“”]\s*|\b(?:and|but|as|while)\s+)(?<who>[^,.;:!?""“”()]{1,120}?)(?:,\s*(?<role>[^.;:""“”]{3,150}?),)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?(?<verb>" + Verbs + @")\b(?<tail>[^.!?""“”]{0,160})$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex ColonIntro = new(@"(?:^|[.;!?]\s+)(?<who>[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})\s*:\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex AccordingTo = new(@"according to (?<who>[^,.;:!?""“”()]{2,120})", RegexOptions.CultureInvariant);

    public IReadOnlyList<ExtractedQuote> Extract(string text) => Extract(text, entities.Extract(text));

    public IReadOnlyList<ExtractedQuote> Extract(string text, IReadOnlyList<EntityMention> mentions)
    {
        var result = new List<ExtractedQuote>();
        ExtractedQuote? previous = null;
        var previousEnd = 0;
        foreach (var span in QuoteSpans.Find(text))
        {
            var parts = span.Parts.Select(p => Trim(text, p.Start, p.End)).Where(p => p.End > p.Start).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var content = string.Join("\n\n", parts.Select(p => text[p.Start..p.End]));
            if (!IsQuotation(content))
            {
                continue;
            }

            var quote = new ExtractedQuote(content, parts[0].Start, parts[^1].End - parts[0].Start);
            var attributed = Attribute(text, span, mentions, result, previousEnd, out var saidAfter) ?? (saidAfter ? null : Continue(text, span, previous));
            quote = attributed is null ? quote : quote with
            {
                Speaker = attributed.Value.Speaker,
                SpeakerKey = attributed.Value.Key,
                SpeakerRole = attributed.Value.Role,
                Rule = attributed.Value.Rule,
            };
            result.Add(quote);
            previous = quote;
            previousEnd = span.End + 1;
        }

        return result;
    }

    private (string Speaker, string? Key, string? Role, string Rule)? Attribute(
        string text, QuoteSpan span, IReadOnlyList<EntityMention> mentions, List<ExtractedQuote> earlier, int previousEnd, out bool saidAfter)
    {
        // A verb of saying right after the quote that names nobody we can resolve blocks rule 6.
        saidAfter = false;
        var afterStart = Math.Min(text.Length, span.End + 1);
        var afterEnd = SentenceEnd(text, afterStart);
        var after = text[afterStart..afterEnd];
        var beforeStart = Math.Max(previousEnd, SentenceStart(text, span.Parts[0].Start - 1));
        var before = text[beforeStart..Math.Max(beforeStart, span.Parts[0].Start - 1)];

        foreach (var (regex, input, offset, rule) in new[]
        {
            (SaidX, after, afterStart, "said X"),
            (XSaid, after, afterStart, "X said"),
            (BeforeSaid, before, beforeStart, "X said:"),
            (ColonIntro, before, beforeStart, "colon"),
            (AccordingTo, after, afterStart, "according to"),
            (AccordingTo, before, beforeStart, "according to"),
        })
        {
            var m = regex.Match(input);
            if (!m.Success)
            {
                continue;
            }

            saidAfter |= rule is "said X" or "X said";
            var who = m.Groups["who"];
            var roleGroup = m.Groups["role"];
            var roleSpan = roleGroup.Success ? (offset + roleGroup.Index, roleGroup.Length) : ((int, int)?)null;
            var speaker = Speaker(text, offset + who.Index, who.Length, roleSpan, mentions, earlier, span.Parts[0].Start);
            if (speaker is not null && (rule != "according to" || speaker.Value.Key is not null))
            {
                return (speaker.Value.Speaker, speaker.Value.Key, speaker.Value.Role, rule);
            }

            // A pronoun with no antecedent or "they": the quote has a speaker we cannot name.
            if (IsPronoun(who.Value) && rule is "said X" or "X said")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Rule 6.</summary>
    private static (string Speaker, string? Key, string? Role, string Rule)? Continue(string text, QuoteSpan span, ExtractedQuote? previous)
    {
        if (previous?.Speaker is null)
        {
            return null;
        }

        // "..." he said. "More." in one paragraph, or a new paragraph opening with the quote.
        var open = span.Parts[0].Start - 1;
        var paragraphStart = open == 0 || text[open - 1] == '\n';
        var between = text[(previous.Start + previous.Length)..open];
        var near = between.Contains('\n', StringComparison.Ordinal)
            ? paragraphStart && between.Count(c => c == '\n') <= 2 && between.Length < 200
            : between.Length < 120 && between.TrimEnd().EndsWith('.');
        return near ? (previous.Speaker, previous.SpeakerKey, previous.SpeakerRole, "continued") : null;
    }

    private static (string Speaker, string? Key, string? Role)? Speaker(
        string text, int start, int length, (int Start, int Length)? role, IReadOnlyList<EntityMention> mentions, List<ExtractedQuote> earlier, int quoteStart)
    {
        (start, length) = TrimWho(text, start, length);
        var who = text.Substring(start, length);
        if (length == 0 || who.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSpeakerWords || !who.Any(char.IsLetter))
        {
            return null;
        }

        var roleText = role is { } r ? text.Substring(r.Start, r.Length).Trim() : null;
        if (who is "he" or "she" or "He" or "She")
        {
            var lastSpeaker = earlier.LastOrDefault(q => q.SpeakerKey is not null && mentions.Any(m => m.Key == q.SpeakerKey && m.Kind == EntityKind.Person));
            // The subject of the sentence before the quote comes first: "Roldugin, a friend of Putin, said ... 'X,' he said".
            var previousSentence = SentenceStart(text, Math.Max(0, SentenceStart(text, quoteStart - 1) - 2));
            var lastPerson = mentions.FirstOrDefault(m => IsPersonLike(m) && m.Start >= previousSentence && m.End <= quoteStart)
                ?? mentions.LastOrDefault(m => IsPersonLike(m) && m.End <= quoteStart);
            var lastSpeakerAt = lastSpeaker is null ? -1 : lastSpeaker.Start;
            if (lastPerson is not null && lastPerson.Start > lastSpeakerAt)
            {
                return (lastPerson.PreferredName, lastPerson.Key, roleText);
            }

            return lastSpeaker is null ? null : (lastSpeaker.Speaker!, lastSpeaker.SpeakerKey, lastSpeaker.SpeakerRole);
        }

        if (IsPronoun(who) || char.IsLower(who[0]) && !who.StartsWith("the ", StringComparison.Ordinal) && !who.StartsWith("a ", StringComparison.Ordinal)
            && !who.StartsWith("an ", StringComparison.Ordinal) && who is not ("officials" or "experts" or "analysts"))
        {
            return null;
        }

        var inside = mentions.Where(m => m.Start >= start && m.End <= start + length).ToList();
        if (!inside.Any(m => m.Kind == EntityKind.Person) && role is { } rs
            && mentions.FirstOrDefault(m => IsPersonLike(m) && m.Start >= rs.Start && m.End <= rs.Start + rs.Length) is { } appositive)
        {
            // "the spokesman, Mallam Garba Shehu, said": the name is in the appositive and the description is the role.
            return (appositive.PreferredName, appositive.Key, who);
        }

        var named = inside.LastOrDefault(m => m.Kind == EntityKind.Person) ?? inside.LastOrDefault(m => m.Kind == EntityKind.Organization)
            ?? (inside.Count == 1 && inside[0].Start == start && inside[0].Length == length ? inside[0] : null);
        if (named is null)
        {
            // A description headed by a person or body ("the ministry", "a military source"), not "the report".
            var head = who.Split(' ')[^1].ToLowerInvariant();
            var capitalisedName = who.Split(' ').Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0])) || char.IsUpper(who[0]) && !who.StartsWith("The ", StringComparison.Ordinal);
            return who.Split(' ').Length <= 6 && (IsSpeakerNoun(head) || capitalisedName) ? (who, null, roleText) : null;
        }

        // "Russian Foreign Minister Sergei Lavrov", "North Korean leader Kim Jong Un": a title before the name is the role.
        if (named.Kind != EntityKind.Person && IsSpeakerNoun(who.Split(' ')[^1].ToLowerInvariant()) && named.End < start + length)
        {
            // "a Kremlin spokesman": the person speaks for the body, the description is the speaker.
            return (who, null, roleText);
        }

        var titleBefore = text[start..named.Start].Trim().TrimEnd(',');
        var titleWords = titleBefore.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isTitle = titleWords.Length is > 0 and <= 5
            && titleWords.All(w => char.IsUpper(w[0]) || EntityCues.PersonTitles.Contains(w.ToLowerInvariant()) || w is "of" or "for");
        var speakerRole = roleText ?? (named.Kind == EntityKind.Person && isTitle ? titleBefore : null);
        return (named.PreferredName, named.Key, speakerRole);
    }

    private static (int Start, int Length) TrimWho(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '—' or '–' or '-' or ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ','))
        {
            end--;
        }

        foreach (var lead in new[] { "and ", "but ", "as ", "while ", "so " })
        {
            if (text.AsSpan(start, end - start).StartsWith(lead, StringComparison.Ordinal))
            {
                start += lead.Length;
            }
        }

        return (start, end - start);
    }

    private static bool IsPersonLike(EntityMention m) =>
        m.Kind == EntityKind.Person || (m.Kind == EntityKind.Other && !m.InGlossary && m.PreferredName.Split(' ').Length is 2 or 3);

    private static bool IsSpeakerNoun(string head) =>
        EntityCues.PersonTitles.Contains(head) || EntityCues.OrganizationSuffixes.Contains(head) || head.TrimEnd('s') is "official"
            or "source" or "analyst" or "expert" or "resident" or "witness" or "spokesperson" or "observer" or "critic" or "activist"
            or "defector" or "soldier" or "veteran" or "student" or "worker" or "ministry" or "military" or "agency" or "KCNA";

    private static bool IsPronoun(string who) =>
        who.Trim() is "he" or "she" or "He" or "She" or "they" or "They" or "it" or "It" or "we" or "We" or "I" or "you" or "You" or "this" or "This" or "which" or "who";

    private static bool IsQuotation(string content)
    {
        var words = content.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count < MinWords)
        {
            return false;
        }

        // A title ("Honoring the Past, Securing the Future") has its words capitalised.
        var meaningful = words.Where(w => !Newsdesk.Core.Text.Stopwords.IsStopword(w.ToLowerInvariant().Trim(',', '.', ':', ';'))).ToList();
        var capitalised = meaningful.Count(w => char.IsUpper(w.First(char.IsLetter)));
        return capitalised < meaningful.Count * 0.8;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }

    private static int SentenceStart(string text, int index)
    {
        var i = Math.Max(0, index);
        while (i > 0 && text[i - 1] != '\n' && !(i > 1 && text[i - 1] == ' ' && text[i - 2] is '.' or '!' or '?' && !IsAbbreviationEnd(text, i - 2)))
        {
            i--;
        }

        return i;
    }

    private static int SentenceEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] != '\n' && !(text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n') && !IsAbbreviationEnd(text, i)))
        {
            i++;
        }

        return i;
    }

    /// <summary>"Gen." "U.S." "N. Korea": a period after one or a few letters of a capitalised abbreviation.</summary>
    private static bool IsAbbreviationEnd(string text, int period)
    {
        var s = period;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        var word = text[s..period];
        return word.Length is 1 or 2 && char.IsUpper(word[0]) || word is "Gen" or "Lt" or "Col" or "Dr" or "Mr" or "Mrs" or "Ms" or "Sen" or "Rep" or "Gov" or "Adm" or "Sgt" or "Capt" or "Maj";
    }
}
