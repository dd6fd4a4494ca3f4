using System.Text.RegularExpressions;
using Newsdesk.Core.Entities;

namespace Newsdesk.Core.Quotes;

/// <summary>
/// Finds direct quotations (at least <see cref="MinWords"/> words, not a title) and their speakers.
/// Attribution rules, first match wins:
/// 1. after the quote, "..., said X" (X up to the next punctuation; ", ROLE" after X is its role);
/// 2. after the quote, "..., X said", "..., X, ROLE, said" or "..., X was quoted by Y as saying";
/// 3. before the quote, in the same sentence, "X said: ...", "X said that ... '...'", "X told reporters, ..." (the verb
///    nearest the quote first; a short quoted phrase may stand between);
///    A quote opening a paragraph reads the sentence that ends the paragraph above with a colon ("The ministry said:");
/// 4. before the quote, a colon intro with a name and no verb: "Lavrov: ...";
/// 5. "according to X" in the quote's sentence;
/// 6. a quote with no attribution that opens its paragraph, right after an attributed quote, in the
///    same or the previous paragraph, continues that speaker;
/// A speaker "he" or "she" is the first person earlier in the quote's sentence ("... in which she said"),
/// else the nearest earlier named person (a previous speaker or a person mention); "it" is an organisation that
/// spoke (a verb of saying after it) in the same or the previous sentence; "they", "we" and "I" give no speaker. A speaker containing a recognised person or organisation is named by the entity's
/// preferred name (so "Lavrov" is "Sergei Lavrov"); initials stay in a name ("Mark W. Lippert", "A.J. Smith"),
/// and a description before a name is its role ("blogger Ann Lee", "ministry spokesman Hong Lei").
/// </summary>
public sealed class QuoteExtractor(EntityExtractor entities)
{
    /// <summary>Shorter quoted spans are scare quotes and names ("unconditional support"), not quotations.</summary>
    public const int MinWords = 5;

    private const int MaxSpeakerWords = 9;

    private const int MaxRoleWords = 10;

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static readonly string Verbs = string.Join('|', EntityCues.SpeechVerbs.OrderByDescending(v => v.Length));

    /// <summary>One character of a speaker's words: no punctuation, except the period of an initial or honorific ("Mark W. Lippert", "J.P. Damiani", "Mr. Hale").</summary>
    private const string NameChar = @"\b\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov)\.|[^,.;:!?""“”()]";

    private static readonly Regex SaidX = new(@"^[\s,—–-]*(?:(?:he|she)\s+)?(?<verb>" + Verbs + @")\s+(?<who>(?:" + NameChar + @"){2,120}?)(?=\s*(?:[,.;:!?""“”(]|$|\s(?:in|on|at|during|after|before|while|when|of|to|about|with|from)\b))(?:,\s*(?<role>[^.;""“”]{3,150}?)(?=[.;""“”]|$))?",
        RegexOptions.CultureInvariant);

    private static readonly Regex XSaid = new(@"^[\s,—–-]*(?:and\s+|but\s+)?(?<who>(?:" + NameChar + @"){1,120}?)(?:,\s*(?<role>[^.;:""“”]{3,150}?),)?\s+(?:also\s+|later\s+|then\s+)?(?<verb>" + Verbs + @"|(?:was|were|is)\s+quoted(?:\s+by\s+[^,.;:""“”]{1,80}?)?\s+as\s+saying)\b",
        RegexOptions.CultureInvariant);

    /// <summary>The verb of saying nearest the quote ("Asked about the reports, however, X said: ...": not the noun "reports").</summary>
    private static readonly Regex BeforeSaid = new(BeforeSaidPattern(nearest: true), RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>The verb furthest back in the sentence, when the nearest one has no speaker ("X said he believed the doc was ...").</summary>
    private static readonly Regex BeforeSaidFirst = new(BeforeSaidPattern(nearest: false), RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>
    /// "X said: ...", "X told reporters that ...": the speaker and verb before the quote, in its sentence. Read right to left, the
    /// tail between verb and quote is as short as it can be with <paramref name="nearest"/>, as long as it can be without.
    /// </summary>
    private static string BeforeSaidPattern(bool nearest) =>
        @"(?:^|[,.;:!?""“”]\s*|\b(?:and|but|as|while)\s+)(?<who>(?:" + NameChar + @"){1,120}?)(?:,\s*(?<role>[^.;:""“”]{3,150}?),)?\s+(?:(?:also|later|then|has|had|have|did|does|would|will)(?:n't|n’t|\s+not)?\s+)?(?<verb>" + Verbs + @")\b(?<tail>(?:\d\.\d|[^.!?""“”]|[""“][^.!?""“”]{1,60}[""”]){0,160}" + (nearest ? "?" : "") + ")$";

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
        var beforeEnd = Math.Max(beforeStart, span.Parts[0].Start - 1);
        if (string.IsNullOrWhiteSpace(text[beforeStart..beforeEnd]) && IntroducedAbove(text, beforeStart, previousEnd) is { } intro)
        {
            // "The ministry said in a statement:" closing the paragraph above, the quote opening the next.
            (beforeStart, beforeEnd) = intro;
        }

        var before = text[beforeStart..beforeEnd];

        foreach (var (regex, input, offset, rule) in new[]
        {
            (SaidX, after, afterStart, "said X"),
            (XSaid, after, afterStart, "X said"),
            (BeforeSaid, before, beforeStart, "X said:"),
            (BeforeSaidFirst, before, beforeStart, "X said:"),
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
                return (speaker.Value.Speaker, speaker.Value.Key, ShortRole(speaker.Value.Role), rule);
            }

            // A pronoun with no antecedent or "they": the quote has a speaker we cannot name.
            if (IsPronoun(who.Value) && rule is "said X" or "X said")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The sentence that ends the paragraph right above with a colon ("... the firm said in a statement:"), if one does.</summary>
    private static (int Start, int End)? IntroducedAbove(string text, int paragraphStart, int previousEnd)
    {
        var end = paragraphStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0 || text[end - 1] != ':' || text.AsSpan(end, paragraphStart - end).Count('\n') is 0 or > 2)
        {
            return null;
        }

        var start = Math.Max(previousEnd, SentenceStart(text, end - 1));
        return start < end ? (start, end) : null;
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
        var clausePronoun = who.Split(' ') is [.., var last] whoWords && whoWords.Length > 1 && last is "he" or "she";
        if (clausePronoun)
        {
            // "a letter in which she", "Travolta said he": the pronoun is the subject of the verb of saying.
            var cut = who.LastIndexOf(' ') + 1;
            (start, length, who) = (start + cut, length - cut, who[cut..]);
        }

        if (length == 0 || who.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSpeakerWords || !who.Any(char.IsLetter))
        {
            return null;
        }

        var roleText = role is { } r ? text.Substring(r.Start, r.Length).Trim() : null;
        if (who is "it" or "It")
        {
            // "PETA said there is a problem with zoos. It said on Twitter that ...": a body that spoke in this sentence or the one before.
            var from = SentenceStart(text, Math.Max(0, SentenceStart(text, start) - 2));
            var body = mentions.LastOrDefault(m => m.Kind == EntityKind.Organization && m.Start >= from && m.End <= start && SpeechVerbFollows(text, m.End));
            return body is null ? null : (body.PreferredName, body.Key, roleText);
        }

        if (who is "he" or "she" or "He" or "She")
        {
            // "Palin released a statement in which she said ...": the first person of the quote's own sentence, unless the sentence
            // opens with another pronoun ("He said ... that Dr. Lee, ..., which he described as ...").
            var sentenceStart = SentenceStart(text, quoteStart - 1);
            var subject = start < quoteStart
                ? mentions.FirstOrDefault(m => IsPersonLike(m) && m.Start >= sentenceStart && m.End <= start && !IsShouted(text, m))
                : null;
            if (subject is not null && !HasPronoun(text[sentenceStart..subject.Start]))
            {
                return (subject.PreferredName, subject.Key, roleText);
            }

            if (clausePronoun)
            {
                // "Kroon said the church, which he described as ...": leave it to the verb further back.
                return null;
            }

            var lastSpeaker = earlier.LastOrDefault(q => q.SpeakerKey is not null && mentions.Any(m => m.Key == q.SpeakerKey && m.Kind == EntityKind.Person));
            // The subject of the sentence before the quote comes first: "Roldugin, a friend of Putin, said ... 'X,' he said".
            var previousSentence = SentenceStart(text, Math.Max(0, SentenceStart(text, quoteStart - 1) - 2));
            var lastPerson = mentions.FirstOrDefault(m => IsPersonLike(m) && m.Start >= previousSentence && m.End <= quoteStart && !IsShouted(text, m))
                ?? mentions.LastOrDefault(m => IsPersonLike(m) && m.End <= quoteStart && !IsShouted(text, m));
            var lastSpeakerAt = lastSpeaker is null ? -1 : lastSpeaker.Start;
            if (lastPerson is not null && lastPerson.Start > lastSpeakerAt)
            {
                return (lastPerson.PreferredName, lastPerson.Key, roleText);
            }

            return lastSpeaker is null ? null : (lastSpeaker.Speaker!, lastSpeaker.SpeakerKey, lastSpeaker.SpeakerRole);
        }

        var inside = mentions.Where(m => m.Start >= start && m.End <= start + length).ToList();
        if (who.Split(' ').Any(w => EntityCues.SpeechVerbs.Contains(w)))
        {
            // "Travolta said he": a clause, not a speaker.
            return null;
        }

        if (IsPronoun(who) || char.IsLower(who[0]) && !who.StartsWith("the ", StringComparison.Ordinal) && !who.StartsWith("a ", StringComparison.Ordinal)
            && !who.StartsWith("an ", StringComparison.Ordinal) && !who.StartsWith("one ", StringComparison.Ordinal)
            && !who.StartsWith("another ", StringComparison.Ordinal) && who is not ("officials" or "experts" or "analysts"))
        {
            // "blogger Jennifer O'Connor", "foreign ministry spokesman Hong Lei": a lower-case description, then the person.
            if (IsPronoun(who))
            {
                return null;
            }

            var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inside.LastOrDefault(m => m.Kind == EntityKind.Person) is { } person && person.End == start + length)
            {
                var personStart = InitialsBefore(text, start, person.Start);
                var description = text[start..personStart].Trim();
                return DescribesAPerson(description)
                    ? personStart == person.Start ? (person.PreferredName, person.Key, roleText ?? description) : (text[personStart..person.End], null, roleText ?? description)
                    : null;
            }

            // A name the entity list does not know, after a title: "ministry spokesman Hong Lei".
            var title = Array.FindLastIndex(words, w => char.IsLower(w[0]) && EntityCues.PersonTitles.Contains(w));
            var name = words[(title + 1)..];
            return title >= 0 && name.Length is >= 2 and <= 4 && name.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))
                ? (string.Join(' ', name), null, roleText ?? string.Join(' ', words[..(title + 1)]))
                : null;
        }

        // "the spokesman, NAME, said", "Japan's Ambassador to the United Nations, NAME, told": a description, the name in apposition.
        var described = char.IsLower(who[0]) || who.StartsWith("The ", StringComparison.Ordinal) || who.StartsWith("A ", StringComparison.Ordinal)
            || who.StartsWith("An ", StringComparison.Ordinal) || who.Split(' ').Any(w => EntityCues.PersonTitles.Contains(w.ToLowerInvariant()));
        if (described && !inside.Any(m => m.Kind == EntityKind.Person) && role is { } rs
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

        var nameStart = named.Kind == EntityKind.Person ? InitialsBefore(text, start, named.Start) : named.Start;
        var titleBefore = text[start..nameStart].Trim().TrimEnd(',');
        var titleWords = titleBefore.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isTitle = titleWords.Length is > 0 and <= 5
            && titleWords.All(w => char.IsUpper(w[0]) || EntityCues.PersonTitles.Contains(w.ToLowerInvariant()) || w is "of" or "for");
        // "Mr. Hale", "The Harbor Ledger": an honorific or an article alone is no role.
        var honorificOrArticle = titleWords.Length == 1 && titleWords[0].TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "The" or "A" or "An";
        var speakerRole = roleText ?? (named.Kind == EntityKind.Person && isTitle && !honorificOrArticle ? titleBefore : null);
        return nameStart == named.Start ? (named.PreferredName, named.Key, speakerRole) : (text[nameStart..named.End], null, speakerRole);
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

    /// <summary>
    /// A role as a brief prints it after the name ("Marcus Hale, the garrison commander"): a relative clause ("who sat next to the
    /// coach during the news conference") or a long description is narration, not a role.
    /// </summary>
    private static string? ShortRole(string? role) =>
        role is null || role.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && (words.Length is 0 or > MaxRoleWords
            || words[0].ToLowerInvariant() is "who" or "whose" or "whom" or "which" or "that" or "where" or "when" or "speaking" or "according")
            ? null
            : role;

    /// <summary>"general manager A.J. Smith" where the entity is "J. Smith": initials right before a name belong to it.</summary>
    private static int InitialsBefore(string text, int limit, int nameStart)
    {
        var start = nameStart;
        while (true)
        {
            var dot = start - 1;
            if (dot > limit && text[dot] == ' ' && text[dot - 1] == '.')
            {
                dot--; // "A. J. Smith"
            }

            if (dot < limit + 1 || text[dot] != '.' || !char.IsUpper(text[dot - 1]) || (dot - 1 > limit && char.IsLetter(text[dot - 2])))
            {
                return start;
            }

            start = dot - 1;
        }
    }

    /// <summary>"columnist", "port authority spokesman"; not "controller of" or "producers Ann Lee and" (the name is only part of the subject).</summary>
    private static bool DescribesAPerson(string description) =>
        description.Length > 0 && !Newsdesk.Core.Text.Stopwords.IsStopword(description.Split(' ')[^1].ToLowerInvariant()) && !description.Any(char.IsDigit);

    private static bool IsPersonLike(EntityMention m) =>
        m.Kind == EntityKind.Person || (m.Kind == EntityKind.Other && !m.InGlossary && m.PreferredName.Split(' ').Length is 2 or 3);

    /// <summary>"TWO YEARS ago": capitals set for emphasis at a paragraph's start, not a name.</summary>
    private static bool IsShouted(string text, EntityMention m) =>
        text.AsSpan(m.Start, m.End - m.Start).ContainsAny(LowerLetters) is false;

    private static bool IsSpeakerNoun(string head) =>
        EntityCues.PersonTitles.Contains(head) || EntityCues.OrganizationSuffixes.Contains(head) || head.TrimEnd('s') is "official"
            or "source" or "analyst" or "expert" or "resident" or "witness" or "spokesperson" or "observer" or "critic" or "activist"
            or "defector" or "soldier" or "veteran" or "student" or "worker" or "ministry" or "military" or "agency" or "KCNA"
            // Bodies that speak through statements ("the airline said", "The zoo said in a statement").
            or "airline" or "carrier" or "firm" or "zoo" or "aquarium" or "museum" or "hospital" or "charity" or "operator"
            or "authority" or "authorities" or "regulator" or "manufacturer" or "maker" or "retailer"
            or "publisher" or "church" or "studio" or "team" or "prosecutor" or "campaign"
            // People described, not named ("one official said", "wrote one man").
            or "man" or "woman" or "person" or "mother" or "parent" or "passenger" or "voter" or "neighbor" or "neighbour" or "fan";

    /// <summary>The word after <paramref name="at"/> is a verb of saying ("PETA said", "the ministry says").</summary>
    private static bool SpeechVerbFollows(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && EntityCues.SpeechVerbs.Contains(text[start..end]);
    }

    private static bool HasPronoun(string words) =>
        words.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(w => w is "he" or "she" or "He" or "She");

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
