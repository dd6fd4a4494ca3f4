using Newsdesk.Core.Articles;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Briefs;

/// <summary>What a brief item shows under its headline.</summary>
public enum ExcerptMode
{
    /// <summary>The first paragraphs of the article.</summary>
    Excerpt = 0,

    /// <summary>An extractive summary, every sentence traceable to its article.</summary>
    Summary = 1,

    /// <summary>Headline, metadata and commentary only.</summary>
    None = 2,
}

/// <summary>One numbered item of a brief: an article (and the story it stands for) with the editor's notes.</summary>
public sealed class BriefItem
{
    public long Id { get; set; }

    public long BriefId { get; set; }

    public Brief? Brief { get; set; }

    /// <summary>1-based order in the brief.</summary>
    public int Position { get; set; }

    /// <summary>The article shown (for a story, its representative article).</summary>
    public long? ArticleId { get; set; }

    public Article? Article { get; set; }

    public long? StoryId { get; set; }

    public Story? Story { get; set; }

    /// <summary>The editor's headline, when it differs from the article's.</summary>
    public string? Headline { get; set; }

    /// <summary>The editor's one-line commentary.</summary>
    public string? Commentary { get; set; }

    public ExcerptMode ExcerptMode { get; set; }
}
