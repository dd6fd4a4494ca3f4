namespace Newsdesk.Core.Summarizing;

/// <summary>A sentence that may go into a summary, with the features the scoring reads.</summary>
internal sealed class CandidateSentence
{
    public required int Document { get; init; }

    /// <summary>Index among all sentences of its document (as <see cref="Text.SentenceSplitter"/> returns them).</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>Index among its document's candidates: headings and datelines do not count.</summary>
    public required int Position { get; init; }

    public required int Start { get; init; }

    public required string Text { get; init; }

    /// <summary>Whitespace-separated words, the unit of ROUGE length limits.</summary>
    public required int Words { get; init; }

    /// <summary>Stemmed content words.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    public TermVector Vector { get; set; } = TermVector.Empty;

    /// <summary>Cosine similarity to the centroid of every candidate of the input.</summary>
    public double Centrality { get; set; }

    /// <summary>Share of its document title's terms that the sentence contains (0..1).</summary>
    public double TitleOverlap { get; set; }

    public SummarySentence ToSummarySentence() => new(Document, SentenceIndex, Start, Text.Length, Text);
}
