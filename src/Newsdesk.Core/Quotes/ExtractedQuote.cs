namespace Newsdesk.Core.Quotes;

/// <summary>
/// A direct quotation found in a text. <see cref="Text"/> is the words between the quote marks,
/// exactly as written; a quote running over several paragraphs has one part per paragraph, joined
/// by a blank line, and each part is a verbatim span of the text.
/// </summary>
public sealed record ExtractedQuote(string Text, int Start, int Length)
{
    public string? Speaker { get; init; }

    /// <summary>The entity key of the speaker, when the speaker is a recognised name.</summary>
    public string? SpeakerKey { get; init; }

    public string? SpeakerRole { get; init; }

    /// <summary>Which rule attributed the speaker ("said X", "X said", "colon", "according to", "pronoun", "continued").</summary>
    public string? Rule { get; init; }

    /// <summary>The verbatim pieces (one per paragraph).</summary>
    public IReadOnlyList<string> Parts => Text.Split("\n\n");
}
