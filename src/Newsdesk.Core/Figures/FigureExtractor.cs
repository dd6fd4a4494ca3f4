using Newsdesk.Core.Entities;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Figures;

/// <summary>
/// Finds quantities in a text, sentence by sentence, and normalises them. For each number:
/// 1. skip what is not a quantity: ordinals and decades ("64th", "1950s"), times ("6:38"), names
///    with a number ("KN-23", "Resolution 84", "ID.3"), hyphenated adjectives ("three-day", "8-ton"), a
///    calibre before its noun ("152 mm shells", which is the thing counted, not a figure), ages and
///    house numbers in apposition ("Webb, 51, of"), addresses ("1119 Eighth St."), phone numbers,
///    emergency numbers ("called 911"), citation marks ("[2]"), screen resolutions ("4K") and the
///    second half of a season ("2022/23");
/// 2. a month next to it makes a date ("July 12", "12 July 2025"); a bare year 1800-2100 is a date;
/// 3. read the currency sign before it, the scale after it ("million", "bn"), then a currency word,
///    a unit or a percent sign, and a second number for a range ("between X and Y", "X to Y", "X-Y");
///    "X-Y" with nothing counted after it is a score or a record ("a 4-1 win", "At 4-7"), not a figure,
///    and before a month it is a date ("18-24 November");
/// 4. read the hedge before it ("up to", "more than", "about") or after it ("or so", "or more");
/// 5. for counts, read the counted thing after it (see <see cref="ThingReader"/>), and for every
///    figure the sentence's source ("according to ...", "... said") and expectation cues ("may send").
/// Number words count from "two" up and only before a counted thing ("two attacks", not "two of them").
/// </summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(string text, IReadOnlyList<EntityMention>? entities = null)
    {
        var words = Tokenizer.Tokenize(text);
        var figures = new List<Figure>();
        var w = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            while (w < words.Count && words[w].Start < sentence.Start)
            {
                w++;
            }

            var end = w;
            while (end < words.Count && words[end].End <= sentence.End)
            {
                end++;
            }

            var found = new List<Figure>();
            new SentenceScan(text, words, w, end, sentence).Run(found);
            if (found.Count > 0)
            {
                var source = SourceReader.Find(text, words, w, end);
                var context = entities?.Where(e => e.Start >= sentence.Start && e.End <= sentence.End
                        && (source is null || e.Start < source.Value.Start || e.Start >= source.Value.End))
                    .Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList() ?? [];
                figures.AddRange(found.Select(f => f with
                {
                    Source = source is { } s ? SourceName(text[s.Start..s.End], s.Start == sentence.Start) : null,
                    Context = context,
                }));
            }

            w = end;
        }

        return figures;
    }

    /// <summary>Publications whose "The" is part of the name ("The Times said").</summary>
    private static readonly HashSet<string> PublicationWords = new(StringComparer.Ordinal)
    {
        "times", "post", "herald", "daily", "journal", "news", "press", "network", "media", "television", "radio", "broadcasting",
    };

    /// <summary>
    /// The source as it reads after "per": a sentence's capital "The" before an agency ("The Defense
    /// Intelligence Command told lawmakers") is the article, not part of its name; a paper's is kept.
    /// </summary>
    private static string SourceName(string source, bool startsSentence)
    {
        if (!startsSentence || !source.StartsWith("The ", StringComparison.Ordinal))
        {
            return source;
        }

        var last = source[(source.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return EntityCues.OrganizationSuffixes.Contains(last) && !PublicationWords.Contains(last) ? "the" + source[3..] : source;
    }

    /// <summary>One sentence's words [lo, hi) and the figures they hold.</summary>
    private readonly struct SentenceScan(string text, List<Token> words, int lo, int hi, Sentence sentence)
    {
        public void Run(List<Figure> found)
        {
            var k = lo;
            while (k < hi)
            {
                var next = TryFigure(k, found);
                k = next > k ? next : k + 1;
            }
        }

        /// <summary>Reads a figure at word k; returns the word after it, or k when there is none.</summary>
        private int TryFigure(int k, List<Figure> found)
        {
            if (TryFraction(k, out var fraction))
            {
                found.Add(fraction);
                return k + 2;
            }

            if (!NumberReader.TryRead(text, words, k, hi, out var number))
            {
                return k;
            }

            if (TryOrdinalDate(k, number, out var dayOfMonth, out var afterDay))
            {
                found.Add(dayOfMonth);
                return afterDay;
            }

            if (IsNotAQuantity(k, number))
            {
                return k;
            }

            if (TryDate(k, number, out var date, out var afterDate))
            {
                found.Add(date);
                return afterDate;
            }

            var start = words[k].Start;
            var (currency, signStart) = CurrencyBefore(k);
            start = signStart ?? start;
            var p = number.End;
            var value = number.Value;
            var kind = currency is null ? FigureKind.Count : FigureKind.Money;
            var unit = currency ?? "";
            var factor = 1.0;
            var scale = ReadScale(number.GluedSuffix, currency is not null, ref p, out var unitFromSuffix);
            if (unitFromSuffix is { } glued)
            {
                (kind, unit, factor) = glued;
            }

            ReadUnit(ref p, ref kind, ref unit, ref factor, number.End);
            if (kind == FigureKind.Count && number.IsPlainInteger && scale == 1 && IsYear(value) && currency is null)
            {
                found.Add(DateFigure(k, p, value * 10000));
                return p;
            }

            double? high = null;
            var (hedge, hedgeStart, rangeOpener) = HedgeBefore(signStart is null ? k : WordAt(signStart.Value, k));
            if (TryRangeEnd(ref p, rangeOpener, out var second, out var secondScale, out var dashed))
            {
                high = second * secondScale * factor;
                if (scale == 1 && secondScale > 1 && value <= second)
                {
                    scale = secondScale;
                }

                hedge = FigureQualifier.Range;
                ReadUnit(ref p, ref kind, ref unit, ref factor, p);
            }

            value *= scale * factor;
            if (high is null && p + 1 < hi && FigureLexicon.TrailingHedges.TryGetValue(words[p].Value + " " + words[p + 1].Value, out var trailing))
            {
                hedge = trailing;
                p += 2;
            }

            start = hedgeStart ?? start;
            var phraseEnd = words[p - 1].End;
            if (p < hi && text[words[p - 1].End] == '%')
            {
                phraseEnd++;
            }

            string? thing = null;
            string? thingKey = null;
            if (kind == FigureKind.Count)
            {
                if (dashed && hedgeStart is null && currency is null && p < hi && IsMonthWord(p) && number.IsPlainInteger && value <= 31)
                {
                    // "18-24 November": a span of days.
                    var month = FigureLexicon.Months[words[p].Value] * 100;
                    found.Add(DateFigure(k, p + 1, month + value) with { High = second <= 31 ? month + second : null });
                    return p + 1;
                }

                (thing, thingKey, var afterThing) = ThingReader.Read(text, words, p, hi);
                if (thing is null && number.IsWord)
                {
                    return k;
                }

                if (dashed && hedgeStart is null && currency is null && (thing is null || IsScoreNoun(thing, value, high)))
                {
                    // "a 4-1 win", "lost 24-17", "At 4-7, including 2-6 in the AFC": a score or record.
                    return p;
                }

                if (thing is not null)
                {
                    phraseEnd = words[afterThing - 1].End;
                    p = afterThing;
                }
            }

            found.Add(new Figure
            {
                Kind = kind,
                Value = value,
                High = high,
                Qualifier = hedge,
                Unit = unit,
                Thing = thing,
                ThingKey = thingKey,
                Expected = HasExpectationCue(k),
                Start = start,
                Length = phraseEnd - start,
                SentenceStart = sentence.Start,
                SentenceLength = sentence.Length,
                Text = text[start..phraseEnd],
            });
            return p;
        }

        private bool IsNotAQuantity(int k, NumberRead number)
        {
            var word = words[k];
            // Ordinals, decades and model numbers: "64th", "1950s", "35b".
            if (number.GluedSuffix is { } suffix && !FigureLexicon.Units.ContainsKey(suffix) && !FigureLexicon.ScaleSuffixes.ContainsKey(suffix))
            {
                return true;
            }

            var after = word.End < text.Length ? text[word.End] : ' ';
            var afterNext = word.End + 1 < text.Length ? text[word.End + 1] : ' ';
            var gapBefore = k > lo ? text[words[k - 1].End..word.Start] : "";

            // A citation mark: "[2]".
            if (word.Start > 0 && text[word.Start - 1] == '[' && after == ']')
            {
                return true;
            }

            // An age or a house number in apposition: "Webb, 51, of", "Carlineo Jr., 55, of", "corso Monforte, 15, Milan".
            if (number.IsPlainInteger && number.Value <= 120 && gapBefore is ", " or "., " && char.IsUpper(text[words[k - 1].Start])
                && after is ',' or ')' or ';')
            {
                return true;
            }

            // "the 200 yard Individual Medley": a race named by its distance.
            if (number.End + 1 < hi && FigureLexicon.RaceDistanceWords.Contains(words[number.End].Value.ToLowerInvariant()))
            {
                for (var i = number.End + 1; i < Math.Min(hi, number.End + 4); i++)
                {
                    if (FigureLexicon.RaceEvents.Contains(words[i].Value.ToLowerInvariant()))
                    {
                        return true;
                    }
                }
            }

            // "called 911", "999 calls": a telephone number, not a count.
            if (number.IsPlainInteger && number.Value is 911 or 999 or 112
                && ((k > lo && FigureLexicon.DialWords.Contains(words[k - 1].Value)) || (number.End < hi && FigureLexicon.CallWords.Contains(words[number.End].Value))))
            {
                return true;
            }

            // "4K" on a screen (a count of thousands would be "4,000" or "$4k").
            if (number.GluedSuffix == "k" && text[word.End - 1] == 'K' && number.Value <= 16)
            {
                return true;
            }

            // "2022/23 season", "24/7"; and the second half of an "X-Y" whose first half was no quantity ("Hungary 2-0").
            if (gapBefore is "/" or "-" or "–" && IsDigits(k - 1))
            {
                return true;
            }

            if (after == '/' && char.IsDigit(afterNext))
            {
                return true;
            }

            // An age: "the 47 year old".
            if (number.End + 1 < hi && words[number.End].Value is "year" or "years" && words[number.End + 1].Value == "old")
            {
                return true;
            }

            if (IsAddress(number) || InPhoneNumber(k))
            {
                return true;
            }
            if ((after == ':' && char.IsDigit(afterNext)) || (word.Start > 1 && text[word.Start - 1] == ':' && char.IsDigit(text[word.Start - 2])))
            {
                return true;
            }

            // "three-day", "8-ton", "45-year-old" (but "25,000-30,000" is a range).
            if (after is '-' or '‑' && char.IsLetter(afterNext) && !number.IsWord)
            {
                return true;
            }

            if (number.IsWord && number.End < hi && text[words[number.End - 1].End] == '-')
            {
                return true;
            }

            if (k > lo && gapBefore is "-" or "‑" or "/" or "" or "." && words[k - 1].Value.Any(char.IsLetter))
            {
                return true;
            }

            if (number.End < hi && (words[number.End].Value is "a" or "p") && text[words[number.End].End] == '.' && !number.IsWord)
            {
                return true;
            }

            // A calibre before its noun: "152 mm shells", "155mm artillery".
            if (number.GluedSuffix == "mm" || (number.End < hi && words[number.End].Value == "mm"))
            {
                return true;
            }

            // A list marker: "4. South Korea develops ...".
            if (k == lo && number.IsPlainInteger && after is '.' or ')' && (afterNext == ' ' || char.IsLetter(afterNext)))
            {
                return true;
            }

            if (k > lo && FigureLexicon.LabelWords.Contains(words[k - 1].Value) && text[words[k - 1].End..word.Start] is " " or ". ")
            {
                return true;
            }

            return number.IsPlainInteger && k > lo && text[words[k - 1].End..word.Start] is " " or ". "
                && (FigureLexicon.LabelWords.Contains(words[k - 1].Value)
                    || (char.IsUpper(text[words[k - 1].Start]) && !FigureLexicon.Months.ContainsKey(words[k - 1].Value)
                        && !IsHedgeWord(words[k - 1].Value) && k - 1 > lo && !IsYear(number.Value)));
        }

        /// <summary>
        /// "a 4-1 win", "a 24-17 loss": one noun, in the singular, after two small whole numbers is a
        /// result; "10-15 soldiers" counts.
        /// </summary>
        private static bool IsScoreNoun(string thing, double value, double? high) =>
            !thing.Contains(' ', StringComparison.Ordinal) && value <= 200 && high <= 200 && value == Math.Floor(value)
            && !thing.EndsWith('s') && thing is not ("people" or "police" or "children" or "men" or "women" or "personnel" or "staff" or "cattle" or "crew");

        /// <summary>"1119 Eighth St.", "1909 Jolinda Drive": a number before capitalised words ending in a street word.</summary>
        private bool IsAddress(NumberRead number)
        {
            if (!number.IsPlainInteger)
            {
                return false;
            }

            for (var i = number.End; i < hi && i < number.End + 3 && char.IsUpper(text[words[i].Start]); i++)
            {
                if (i > number.End && FigureLexicon.StreetWords.Contains(words[i].Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A telephone number: groups of digits joined by spaces, brackets, dots or dashes, after a "+"
        /// ("+49 (0)40 890 85-433") or three groups or more with seven digits or more ("(555) 123-4567";
        /// not "2019-11-22", which starts with a year).
        /// </summary>
        private bool InPhoneNumber(int k)
        {
            if (!IsDigits(k))
            {
                return false;
            }

            var first = k;
            while (first > lo && IsDigits(first - 1) && Joins(first))
            {
                first--;
            }

            var last = k;
            while (last + 1 < hi && IsDigits(last + 1) && Joins(last + 1))
            {
                last++;
            }

            var at = words[first].Start;
            var plus = (at > 0 && text[at - 1] == '+') || (at > 1 && text[at - 1] == '(' && text[at - 2] == '+');
            var digits = 0;
            for (var i = first; i <= last; i++)
            {
                digits += words[i].Length;
            }

            return plus || (last - first >= 2 && digits >= 7 && words[first].Length != 4);
        }

        private bool IsDigits(int i)
        {
            foreach (var c in words[i].Value)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Word i follows the one before it with one to three of space, bracket, dot or dash between.</summary>
        private bool Joins(int i)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            return gap.Length is >= 1 and <= 3 && !gap.ContainsAnyExcept(" ()-.–");
        }

        private bool TryDate(int k, NumberRead number, out Figure date, out int after)
        {
            date = null!;
            after = k;
            if (!number.IsPlainInteger || number.Value is < 1 or > 31)
            {
                return false;
            }

            var day = (int)number.Value;
            int month;
            var first = k;
            if (k > lo && IsMonthWord(k - 1) && text[words[k - 1].End..words[k].Start].Trim('.') is " ")
            {
                month = FigureLexicon.Months[words[k - 1].Value];
                first = k - 1;
                after = k + 1;
            }
            else if (k + 1 < hi && IsMonthWord(k + 1))
            {
                month = FigureLexicon.Months[words[k + 1].Value];
                after = k + 2;
            }
            else
            {
                return false;
            }

            var year = YearAfter(ref after);

            date = DateFigure(first, after, (year * 10000) + (month * 100) + day);
            return true;
        }

        /// <summary>"two-thirds", "one-quarter", "three-fifths of voters": a share, as a percentage.</summary>
        private bool TryFraction(int k, out Figure share)
        {
            share = null!;
            var numerator = words[k].Value.ToLowerInvariant() switch { "one" => 1, "two" => 2, "three" => 3, "four" => 4, _ => 0 };
            if (numerator == 0 || k + 1 >= hi || words[k + 1].Start != words[k].End + 1 || text[words[k].End] is not ('-' or '‑'))
            {
                return false;
            }

            var denominator = words[k + 1].Value.ToLowerInvariant() switch
            {
                "third" or "thirds" => 3,
                "quarter" or "quarters" => 4,
                "fifth" or "fifths" => 5,
                _ => 0,
            };
            if (numerator >= denominator)
            {
                return false;
            }

            share = new Figure
            {
                Kind = FigureKind.Percent,
                Value = Math.Round(100.0 * numerator / denominator, 2),
                Unit = "%",
                Start = words[k].Start,
                Length = words[k + 1].End - words[k].Start,
                SentenceStart = sentence.Start,
                SentenceLength = sentence.Length,
                Text = text[words[k].Start..words[k + 1].End],
            };
            return true;
        }

        /// <summary>"June 9th", "November 18th, 2026": an ordinal day after its month is a date, not an ordinal.</summary>
        private bool TryOrdinalDate(int k, NumberRead number, out Figure date, out int after)
        {
            date = null!;
            after = k;
            if (number.GluedSuffix is not ("st" or "nd" or "rd" or "th") || number.Value is < 1 or > 31 || number.Value != Math.Floor(number.Value)
                || k <= lo || !IsMonthWord(k - 1) || text[words[k - 1].End..words[k].Start].Trim('.') is not " ")
            {
                return false;
            }

            after = k + 1;
            var year = YearAfter(ref after);

            date = DateFigure(k - 1, after, (year * 10000) + (FigureLexicon.Months[words[k - 1].Value] * 100) + number.Value);
            return true;
        }

        /// <summary>The year right after a day and month ("July 27, 1953"), moving past it; 0 when there is none.</summary>
        private int YearAfter(ref int after)
        {
            if (after < hi && IsYear(words[after].Value) && text[words[after - 1].End..words[after].Start] is ", " or " ")
            {
                return int.Parse(words[after++].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            return 0;
        }

        private Figure DateFigure(int first, int after, double value) => new()
        {
            Kind = FigureKind.Date,
            Value = value,
            Start = words[first].Start,
            Length = words[after - 1].End - words[first].Start,
            SentenceStart = sentence.Start,
            SentenceLength = sentence.Length,
            Text = text[words[first].Start..words[after - 1].End],
        };

        private bool IsMonthWord(int i) =>
            FigureLexicon.Months.ContainsKey(words[i].Value) && char.IsUpper(text[words[i].Start]);

        private static bool IsYear(double value) => value is >= 1800 and <= 2100 && value == Math.Floor(value);

        private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit) && IsYear(double.Parse(word, System.Globalization.CultureInfo.InvariantCulture));

        private static bool IsHedgeWord(string word) => FigureLexicon.Hedges.Any(h => h.Words[^1] == word) || word is "between" or "from";

        private int WordAt(int charIndex, int fallback)
        {
            for (var i = lo; i < hi; i++)
            {
                if (words[i].End > charIndex)
                {
                    return i;
                }
            }

            return fallback;
        }

        private (string? Code, int? Start) CurrencyBefore(int k)
        {
            var numberStart = words[k].Start;
            foreach (var (sign, code) in FigureLexicon.CurrencySigns)
            {
                var at = numberStart - sign.Length;
                if (at >= sentence.Start && string.CompareOrdinal(text, at, sign, 0, sign.Length) == 0)
                {
                    return (code, at);
                }

                at--;
                if (at >= sentence.Start && text[numberStart - 1] == ' ' && string.CompareOrdinal(text, at, sign, 0, sign.Length) == 0)
                {
                    return (code, at);
                }
            }

            return (null, null);
        }

        private double ReadScale(string? glued, bool money, ref int p, out (FigureKind, string, double)? unit)
        {
            unit = null;
            if (glued is not null)
            {
                if (FigureLexicon.ScaleSuffixes.TryGetValue(glued, out var s) && (money || glued is "bn" or "tn" or "mn"))
                {
                    return s;
                }

                if (FigureLexicon.Units.TryGetValue(glued, out var u) && glued != "m")
                {
                    unit = u;
                }

                return 1;
            }

            if (p < hi && FigureLexicon.Scales.TryGetValue(words[p].Value, out var scale))
            {
                p++;
                return scale;
            }

            return 1;
        }

        private void ReadUnit(ref int p, ref FigureKind kind, ref string unit, ref double factor, int numberEnd)
        {
            if (text[words[p - 1].End..].StartsWith('%') || (p < hi && text[words[p - 1].End..words[p].Start] is "%" or " %"))
            {
                (kind, unit, factor) = (FigureKind.Percent, "%", 1);
                return;
            }

            if (p >= hi || kind is FigureKind.Percent or FigureKind.Measure or FigureKind.Duration)
            {
                return;
            }

            // "in 2008, won the award": a unit follows its number, with nothing but a space (or nothing) between.
            if (text[words[p - 1].End..words[p].Start] is not (" " or ""))
            {
                return;
            }

            var word = words[p].Value;
            if (word == "per" && p + 1 < hi && words[p + 1].Value == "cent")
            {
                (kind, unit, factor) = (FigureKind.Percent, "%", 1);
                p += 2;
            }
            else if (kind != FigureKind.Money && DollarsOf(p) is { } dollars)
            {
                (kind, unit, factor) = (FigureKind.Money, dollars.Code, 1);
                p = dollars.After;
            }
            else if (FigureLexicon.CurrencyWords.TryGetValue(word, out var code) && kind != FigureKind.Money)
            {
                (kind, unit, factor) = (FigureKind.Money, code, 1);
                p++;
            }
            else if (word == "nautical" && p + 1 < hi && words[p + 1].Value is "miles" or "mile")
            {
                (kind, unit, factor) = (FigureKind.Measure, "km", 1.852);
                p += 2;
            }
            else if (p + 1 < hi && text[words[p].End..words[p + 1].Start] == "-" && (word, words[p + 1].Value) switch
            {
                ("light", "years" or "year") => (FigureKind.Measure, "ly", 1.0),
                ("lb" or "pound", "ft" or "feet") => (FigureKind.Measure, "lb-ft", 1.0),
                _ => ((FigureKind, string, double)?)null,
            } is { } compound)
            {
                // Hyphenated units: "230 million light-years", "406 lb-ft".
                (kind, unit, factor) = compound;
                p += 2;
            }
            else if (FigureLexicon.Units.TryGetValue(word, out var u) && kind == FigureKind.Count
                     && !(FigureLexicon.MeasureNouns.Contains(word) && p + 1 < hi && words[p + 1].Value == "of" && u.Kind != FigureKind.Measure))
            {
                (kind, unit, factor) = u;
                p++;
            }
        }

        /// <summary>"Hong Kong dollars", "Singapore dollars" at word p: the currency and the word after it.</summary>
        private (string Code, int After)? DollarsOf(int p)
        {
            for (var n = 2; n >= 1; n--)
            {
                if (p + n < hi && words[p + n].Value is "dollars" or "dollar" && char.IsUpper(text[words[p].Start])
                    && FigureLexicon.DollarCountries.TryGetValue(string.Join(' ', words.Skip(p).Take(n).Select(w => w.Value)), out var code))
                {
                    return (code, p + n + 1);
                }
            }

            return null;
        }

        private (FigureQualifier Hedge, int? Start, string? RangeOpener) HedgeBefore(int k)
        {
            if (k > lo && words[k - 1].Value is "between" or "from")
            {
                var opener = words[k - 1].Value;
                var inner = HedgeBefore(k - 1);
                return (FigureQualifier.Exact, inner.Start ?? words[k - 1].Start, opener);
            }

            foreach (var (phrase, qualifier) in FigureLexicon.Hedges)
            {
                var first = k - phrase.Length;
                if (first < lo)
                {
                    continue;
                }

                var matches = true;
                for (var i = 0; i < phrase.Length && matches; i++)
                {
                    matches = words[first + i].Value == phrase[i];
                }

                if (matches)
                {
                    return (qualifier, words[first].Start, null);
                }
            }

            return (FigureQualifier.Exact, null, null);
        }

        private bool TryRangeEnd(ref int p, string? opener, out double second, out double secondScale, out bool dashed)
        {
            second = 0;
            secondScale = 1;
            dashed = false;
            if (p >= hi)
            {
                return false;
            }

            var gap = text[words[p - 1].End..words[p].Start].Trim();
            var q = p;
            if (gap is "-" or "–" or "—" or "-$" or "–$" or "—$")
            {
                // "25,000-30,000", "$9.6-$12.3 billion"
                dashed = true;
            }
            else if ((words[p].Value == "to" && opener is null or "from") || (words[p].Value == "and" && opener == "between"))
            {
                q = p + 1;
            }
            else
            {
                return false;
            }

            if (q >= hi || !NumberReader.TryRead(text, words, q, hi, out var n))
            {
                return false;
            }

            second = n.Value;
            var after = n.End;
            if (after < hi && FigureLexicon.Scales.TryGetValue(words[after].Value, out var s))
            {
                secondScale = s;
                after++;
            }
            else if (n.GluedSuffix is { } suffix && FigureLexicon.ScaleSuffixes.TryGetValue(suffix, out var gs))
            {
                secondScale = gs;
            }

            p = after;
            return true;
        }

        private bool HasExpectationCue(int k)
        {
            for (var i = lo; i < k; i++)
            {
                if (FigureLexicon.ExpectationCues.Contains(words[i].Value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
