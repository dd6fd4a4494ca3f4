using Newsdesk.Core.Articles;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Summarizing;

/// <summary>How a stored summary was made.</summary>
public enum SummaryMethod
{
    /// <summary>Sentences taken verbatim from the sources.</summary>
    Extractive = 0,

    /// <summary>Rewritten by a language model, each sentence checked against the sources.</summary>
    Abstractive = 1,
}

/// <summary>A stored summary of one article or one story; each line cites the article sentence it comes from.</summary>
public sealed class Summary
{
    public long Id { get; set; }

    /// <summary>The article summarized (per-article summaries).</summary>
    public long? ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The story summarized (per-story summaries over its articles).</summary>
    public long? StoryId { get; set; }

    public Story? Story { get; set; }

    public SummaryMethod Method { get; set; }

    /// <summary>The language model that wrote an abstractive summary.</summary>
    public string? Model { get; set; }

    /// <summary>Fingerprint of the source texts it was computed from; a different one means the summary is stale.</summary>
    public string SourceHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The summary's sentences, in reading order (<see cref="SummaryLine.Position"/>).</summary>
    public List<SummaryLine> Lines { get; set; } = [];
}
