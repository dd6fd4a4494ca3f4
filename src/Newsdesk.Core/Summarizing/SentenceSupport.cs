namespace Newsdesk.Core.Summarizing;

/// <summary>
/// The verdict on one rewritten sentence: supported or not, why not, the share of its content
/// words found in its evidence, and the source sentences it was checked against.
/// </summary>
public sealed record SentenceSupport(string Text, bool Supported, IReadOnlyList<string> Problems, double Coverage, IReadOnlyList<SummarySentence> Evidence);
