namespace Newsdesk.Core.Summarizing;

/// <summary>A summary a language model wrote, each sentence with the verdict of the <see cref="SupportChecker"/>.</summary>
public sealed record AbstractiveSummary(string Model, IReadOnlyList<SentenceSupport> Sentences)
{
    public IEnumerable<SentenceSupport> Unsupported => Sentences.Where(s => !s.Supported);
}
