using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Summarizing;

/// <summary>
/// One stored sentence of a summary with its source: the article, the sentence's index among the
/// article's sentences and its span in <see cref="Article.Text"/>. For an extractive line the span
/// holds exactly <see cref="Text"/>; for an abstractive line it is the best-matching source sentence.
/// </summary>
public sealed class SummaryLine
{
    public long Id { get; set; }

    public long SummaryId { get; set; }

    public Summary? Summary { get; set; }

    /// <summary>0-based order in the summary.</summary>
    public int Position { get; set; }

    public long ArticleId { get; set; }

    public Article? Article { get; set; }

    public int SentenceIndex { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public string Text { get; set; } = "";

    /// <summary>False when the support check found something in the line its sources do not say.</summary>
    public bool Supported { get; set; } = true;

    /// <summary>Why the line is unsupported ("number 300 not in the sources").</summary>
    public string? Note { get; set; }
}
