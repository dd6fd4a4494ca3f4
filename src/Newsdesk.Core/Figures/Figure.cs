namespace Newsdesk.Core.Figures;

/// <summary>
/// A quantity found in a text: the normalised number (Value, and High for a range), its hedge, its
/// unit, what it counts and who says so, with the spans of the phrase and of its sentence.
/// </summary>
public sealed record Figure
{
    public FigureKind Kind { get; init; }

    /// <summary>The number in base units (13000 for "13,000"; 9.6e9 for "$9.6 billion"; the low end of a range).</summary>
    public double Value { get; init; }

    /// <summary>The high end of a range; null otherwise.</summary>
    public double? High { get; init; }

    public FigureQualifier Qualifier { get; init; }

    /// <summary>Base unit: a currency code (USD, KRW), "%", "km", "t", "km/h", "days"; empty for counts and dates.</summary>
    public string Unit { get; init; } = "";

    /// <summary>What is counted, as written: head noun with its modifiers ("military construction workers", "rounds of 152 mm shells").</summary>
    public string? Thing { get; init; }

    /// <summary>The counted thing for comparison: its head, stemmed, through the beat's synonym table ("soldiers" and "troops" give "troops").</summary>
    public string? ThingKey { get; init; }

    /// <summary>The source the sentence gives for the figure ("South Korea's military intelligence authorities"), if any.</summary>
    public string? Source { get; init; }

    /// <summary>True when the sentence puts the figure in the future or the possible ("may send", "preparing to deploy", "additional").</summary>
    public bool Expected { get; init; }

    /// <summary>Start of the phrase, from the hedge to the counted thing ("up to 15,000 troops").</summary>
    public int Start { get; init; }

    public int Length { get; init; }

    public int SentenceStart { get; init; }

    public int SentenceLength { get; init; }

    /// <summary>The phrase exactly as in the text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Glossary keys of the entities near the figure (its clause), to tell "troops to Russia" from "U.S. troops in Korea".</summary>
    public IReadOnlyList<string> Context { get; init; } = [];
}
