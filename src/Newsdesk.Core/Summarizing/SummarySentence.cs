namespace Newsdesk.Core.Summarizing;

/// <summary>
/// One sentence of a summary and where it comes from: the source document (by its index in the
/// summarizer's input), the sentence's index among that document's sentences, and its exact span,
/// so that <c>source.Substring(Start, Length) == Text</c> always holds.
/// </summary>
public sealed record SummarySentence(int Document, int SentenceIndex, int Start, int Length, string Text)
{
    public int End => Start + Length;
}
