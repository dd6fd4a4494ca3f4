using System.Collections.Frozen;

namespace Newsdesk.Core.Figures;

/// <summary>The word lists behind <see cref="FigureExtractor"/>, as named data (lower case, as the tokenizer gives words).</summary>
public static class FigureLexicon
{
    /// <summary>Hedges written before a number, longest first so "more than" wins over "more".</summary>
    public static readonly IReadOnlyList<(string[] Words, FigureQualifier Qualifier)> Hedges = new (string Phrase, FigureQualifier Q)[]
    {
        ("no more than", FigureQualifier.UpTo), ("as many as", FigureQualifier.UpTo), ("as much as", FigureQualifier.UpTo),
        ("as high as", FigureQualifier.UpTo), ("up to", FigureQualifier.UpTo), ("at most", FigureQualifier.UpTo),
        ("more than", FigureQualifier.AtLeast), ("at least", FigureQualifier.AtLeast), ("upwards of", FigureQualifier.AtLeast),
        ("in excess of", FigureQualifier.AtLeast), ("just over", FigureQualifier.AtLeast), ("over", FigureQualifier.AtLeast),
        ("exceeding", FigureQualifier.AtLeast), ("above", FigureQualifier.AtLeast), ("a minimum of", FigureQualifier.AtLeast),
        ("fewer than", FigureQualifier.LessThan), ("less than", FigureQualifier.LessThan), ("under", FigureQualifier.LessThan),
        ("below", FigureQualifier.LessThan), ("just under", FigureQualifier.Nearly), ("nearly", FigureQualifier.Nearly),
        ("almost", FigureQualifier.Nearly), ("close to", FigureQualifier.Nearly), ("closer to", FigureQualifier.Approximately),
        ("an estimated", FigureQualifier.Approximately), ("estimated", FigureQualifier.Approximately),
        ("approximately", FigureQualifier.Approximately), ("about", FigureQualifier.Approximately),
        ("around", FigureQualifier.Approximately), ("roughly", FigureQualifier.Approximately), ("some", FigureQualifier.Approximately),
        ("approx", FigureQualifier.Approximately), ("an approximate", FigureQualifier.Approximately), ("circa", FigureQualifier.Approximately),
    }.Select(h => (h.Phrase.Split(' '), h.Q)).OrderByDescending(h => h.Item1.Length).ToList();

    /// <summary>Hedges written after a number ("20 or so", "1,000 or more").</summary>
    public static readonly FrozenDictionary<string, FigureQualifier> TrailingHedges = new Dictionary<string, FigureQualifier>
    {
        ["or so"] = FigureQualifier.Approximately,
        ["or more"] = FigureQualifier.AtLeast,
        ["or less"] = FigureQualifier.UpTo,
        ["or fewer"] = FigureQualifier.UpTo,
        ["plus"] = FigureQualifier.AtLeast,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6,
        ["bln"] = 1e9, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scale letters written right after a number after a currency sign ("$5m", "$300k", "$2bn").</summary>
    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Number words; "one" and "a" are left out: too often not a quantity ("one of them").</summary>
    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency signs written before the number.</summary>
    public static readonly IReadOnlyList<(string Sign, string Code)> CurrencySigns =
    [
        ("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
        ("₩", "KRW"), ("¥", "JPY"), ("₽", "RUB"), ("₹", "INR"),
    ];

    /// <summary>Currency words written after the number.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["usd"] = "USD", ["won"] = "KRW", ["krw"] = "KRW", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["yen"] = "JPY", ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR", ["rubles"] = "RUB",
        ["roubles"] = "RUB", ["rupees"] = "INR", ["pounds sterling"] = "GBP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Units after a number: kind, base unit and the factor to it.</summary>
    public static readonly FrozenDictionary<string, (FigureKind Kind, string Unit, double Factor)> Units =
        new Dictionary<string, (FigureKind, string, double)>
        {
            ["percent"] = (FigureKind.Percent, "%", 1), ["pct"] = (FigureKind.Percent, "%", 1), ["%"] = (FigureKind.Percent, "%", 1),
            ["km"] = (FigureKind.Measure, "km", 1), ["kilometers"] = (FigureKind.Measure, "km", 1), ["kilometres"] = (FigureKind.Measure, "km", 1),
            ["kilometer"] = (FigureKind.Measure, "km", 1), ["kilometre"] = (FigureKind.Measure, "km", 1),
            ["miles"] = (FigureKind.Measure, "km", 1.609344), ["mile"] = (FigureKind.Measure, "km", 1.609344),
            ["meters"] = (FigureKind.Measure, "km", 0.001), ["metres"] = (FigureKind.Measure, "km", 0.001),
            ["meter"] = (FigureKind.Measure, "km", 0.001), ["metre"] = (FigureKind.Measure, "km", 0.001),
            ["feet"] = (FigureKind.Measure, "km", 0.0003048), ["foot"] = (FigureKind.Measure, "km", 0.0003048),
            ["ft"] = (FigureKind.Measure, "km", 0.0003048), ["yards"] = (FigureKind.Measure, "km", 0.0009144),
            ["cm"] = (FigureKind.Measure, "km", 0.00001), ["mm"] = (FigureKind.Measure, "km", 0.000001),
            ["inches"] = (FigureKind.Measure, "km", 0.0000254),
            ["horsepower"] = (FigureKind.Measure, "hp", 1), ["hp"] = (FigureKind.Measure, "hp", 1), ["kwh"] = (FigureKind.Measure, "kWh", 1),
            ["fps"] = (FigureKind.Measure, "fps", 1), ["min"] = (FigureKind.Duration, "days", 1 / 1440.0), ["mins"] = (FigureKind.Duration, "days", 1 / 1440.0),
            ["tons"] = (FigureKind.Measure, "t", 1), ["tonnes"] = (FigureKind.Measure, "t", 1), ["ton"] = (FigureKind.Measure, "t", 1),
            ["tonne"] = (FigureKind.Measure, "t", 1), ["kg"] = (FigureKind.Measure, "t", 0.001), ["kilograms"] = (FigureKind.Measure, "t", 0.001),
            ["kilogrammes"] = (FigureKind.Measure, "t", 0.001), ["grams"] = (FigureKind.Measure, "t", 0.000001),
            ["hectares"] = (FigureKind.Measure, "km2", 0.01), ["acres"] = (FigureKind.Measure, "km2", 0.00404686),
            ["mph"] = (FigureKind.Measure, "km/h", 1.609344), ["knots"] = (FigureKind.Measure, "km/h", 1.852),
            ["kph"] = (FigureKind.Measure, "km/h", 1), ["degrees"] = (FigureKind.Measure, "°", 1),
            ["megawatts"] = (FigureKind.Measure, "MW", 1), ["gigawatts"] = (FigureKind.Measure, "MW", 1000), ["mw"] = (FigureKind.Measure, "MW", 1),
            ["barrels"] = (FigureKind.Measure, "bbl", 1), ["gigabytes"] = (FigureKind.Measure, "GB", 1), ["gb"] = (FigureKind.Measure, "GB", 1),
            ["seconds"] = (FigureKind.Duration, "days", 1 / 86400.0), ["minutes"] = (FigureKind.Duration, "days", 1 / 1440.0),
            ["hours"] = (FigureKind.Duration, "days", 1 / 24.0), ["days"] = (FigureKind.Duration, "days", 1),
            ["weeks"] = (FigureKind.Duration, "days", 7), ["months"] = (FigureKind.Duration, "days", 30.44),
            ["years"] = (FigureKind.Duration, "days", 365.25), ["decades"] = (FigureKind.Duration, "days", 3652.5),
            ["centuries"] = (FigureKind.Duration, "days", 36525),
            ["second"] = (FigureKind.Duration, "days", 1 / 86400.0), ["minute"] = (FigureKind.Duration, "days", 1 / 1440.0),
            ["hour"] = (FigureKind.Duration, "days", 1 / 24.0), ["day"] = (FigureKind.Duration, "days", 1),
            ["week"] = (FigureKind.Duration, "days", 7), ["month"] = (FigureKind.Duration, "days", 30.44),
            ["year"] = (FigureKind.Duration, "days", 365.25), ["decade"] = (FigureKind.Duration, "days", 3652.5),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Place words before "dollars" that name another currency ("176 Hong Kong dollars").</summary>
    public static readonly FrozenDictionary<string, string> DollarCountries = new Dictionary<string, string>
    {
        ["hong kong"] = "HKD", ["singapore"] = "SGD", ["australian"] = "AUD", ["canadian"] = "CAD", ["new zealand"] = "NZD",
        ["taiwan"] = "TWD", ["new taiwan"] = "TWD", ["us"] = "USD", ["u.s"] = "USD", ["american"] = "USD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A distance used as a name, singular after its number ("the 200 yard medley", "her 400 meter hurdles"): a race, not a figure.</summary>
    public static readonly FrozenSet<string> RaceDistanceWords = new[] { "yard", "meter", "metre", "mile", "kilometer", "kilometre" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Events a race distance names ("200 yard Individual Medley", "100 meter backstroke").</summary>
    public static readonly FrozenSet<string> RaceEvents = new[]
    {
        "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "dash", "hurdles", "sprint", "steeplechase", "run",
        "race", "free", "fly", "back", "breast", "im",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before an emergency number that make it one ("called 911").</summary>
    public static readonly FrozenSet<string> DialWords = new[] { "call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling", "phoned", "rang" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after an emergency number that make it one ("911 calls", "the 999 operator").</summary>
    public static readonly FrozenSet<string> CallWords = new[] { "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "center", "centre", "emergency", "line" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Street words that end an address after a house number ("1119 Eighth St.").</summary>
    public static readonly FrozenSet<string> StreetWords = new[]
    {
        "st", "street", "ave", "avenue", "drive", "dr", "road", "rd", "blvd", "boulevard", "lane", "ln", "way", "place", "pl", "court",
        "ct", "terrace", "highway", "hwy", "parkway", "pkwy", "square", "sq", "crescent", "close", "plaza",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that measure what follows "of": "12 million rounds of shells" counts shells.</summary>
    public static readonly FrozenSet<string> MeasureNouns = new[]
    {
        "rounds", "units", "pieces", "pairs", "batches", "sets", "lots", "cases", "bags", "boxes", "sacks", "bottles", "doses",
        "shipments", "items", "kinds", "types", "tons", "tonnes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The beat's synonyms for counted things, by Porter stem: figures about "soldiers" and "troops"
    /// are figures about the same thing. Keys not listed compare by their own stem.
    /// </summary>
    public static readonly FrozenDictionary<string, string> ThingSynonyms = new Dictionary<string, string>
    {
        ["troop"] = "troops", ["soldier"] = "troops", ["servicemen"] = "troops", ["servicememb"] = "troops", ["personnel"] = "troops",
        ["forc"] = "troops", ["fighter"] = "troops", ["militari"] = "troops", ["combat"] = "troops",
        ["shell"] = "munitions", ["round"] = "munitions", ["munit"] = "munitions", ["ammunit"] = "munitions", ["artilleri"] = "munitions",
        ["missil"] = "missiles", ["rocket"] = "missiles",
        ["worker"] = "workers", ["labor"] = "workers", ["labour"] = "workers", ["labore"] = "workers", ["laboure"] = "workers",
        ["casualti"] = "casualties", ["death"] = "deaths", ["dead"] = "deaths", ["fatal"] = "deaths", ["fatail"] = "deaths",
        ["peopl"] = "people", ["person"] = "people", ["civilian"] = "people", ["resid"] = "people",
        ["defector"] = "defectors", ["refuge"] = "defectors",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that put a figure in the future or the possible ("may send", "preparing to deploy", "additional troops").</summary>
    public static readonly FrozenSet<string> ExpectationCues = new[]
    {
        "may", "might", "could", "will", "would", "plan", "plans", "planned", "planning", "preparing", "prepare", "prepares",
        "expected", "expects", "likely", "possibly", "potential", "potentially", "additional", "further", "another", "intends",
        "intend", "aims", "considering", "consider", "proposed", "propose", "forecast", "projected", "pledged", "promised", "vowed",
        "seeks", "seeking", "want", "wants", "next", "upcoming", "future", "if",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a bare number that make it a name, not a quantity ("Resolution 84", "No. 1").</summary>
    public static readonly FrozenSet<string> LabelWords = new[]
    {
        "no", "number", "resolution", "article", "section", "chapter", "route", "flight", "highway", "room", "gate", "unit",
        "level", "phase", "stage", "version", "season", "episode", "page", "line", "channel", "block", "district", "ward",
        "division", "brigade", "regiment", "battalion", "corps", "army", "fleet", "squadron", "platform", "pier", "exit",
        "grade", "class", "type", "model", "mark", "mk", "series", "step", "act", "code", "vol", "volume", "covid", "sars",
        "top", "g", "f", "k", "windows", "ios", "iphone", "pixel", "galaxy", "xbox", "playstation", "ps", "wii", "apollo", "mach",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12, ["jan"] = 1, ["feb"] = 2, ["mar"] = 3,
        ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>After "N times", words that make it a ratio ("three times as many", "four times more", "twice the size") rather than how often.</summary>
    public static readonly FrozenSet<string> MultiplierFollowers = new[]
    {
        "as", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "greater", "faster", "slower", "the", "that",
        "what", "their", "its", "his", "her", "longer", "shorter", "heavier", "stronger", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a counted-thing phrase even though they are not stop words.</summary>
    public static readonly FrozenSet<string> PhraseBreakers = new[]
    {
        "including", "according", "compared", "respectively", "apiece", "each", "per", "annually", "yearly", "ago", "earlier",
        "later", "last", "next", "since", "despite", "amid", "while", "whereas", "versus", "vs", "plus", "minus", "times",
    }.ToFrozenSet(StringComparer.Ordinal);
}
