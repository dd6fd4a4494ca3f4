using Newsdesk.Core.Sources;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core.Articles;

/// <summary>One stored article: its identity, metadata and body as blocks.</summary>
public sealed class Article
{
    public long Id { get; set; }

    /// <summary>The feed or page subscription it came from, if any (imports have none).</summary>
    public long? SourceId { get; set; }

    public Source? Source { get; set; }

    /// <summary>The link as found (feed entry, page, newsletter item).</summary>
    public string? Url { get; set; }

    /// <summary>Normalised URL used for identity (see <see cref="Dedup.UrlCanonicalizer"/>); unique when present.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>Feed entry id (RSS guid, Atom id), unique per source.</summary>
    public string? FeedGuid { get; set; }

    public string Title { get; set; } = "";

    public string? Byline { get; set; }

    /// <summary>Display name of the publisher ("Yonhap", "BBC News"), or its domain when no name is known.</summary>
    public string? Outlet { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>When Newsdesk got it (fetch or import time).</summary>
    public DateTimeOffset RetrievedAt { get; set; }

    public string? Language { get; set; }

    public string? Section { get; set; }

    /// <summary>Report, analysis or opinion, from what the publisher prints about it (<see cref="ArticleGenres"/>).</summary>
    public ArticleGenre Genre { get; set; }

    public string? LeadImageUrl { get; set; }

    /// <summary>The body, as ordered blocks.</summary>
    public List<Block> Blocks { get; set; } = [];

    /// <summary>The body as plain text (blocks separated by blank lines), kept for search and language work.</summary>
    public string Text { get; set; } = "";

    /// <summary>Hash of the normalised body text (see <see cref="Dedup.TextFingerprint"/>).</summary>
    public string ContentHash { get; set; } = "";

    public int WordCount { get; set; }

    /// <summary>Commentary a curator or editor wrote about the article, kept apart from its text.</summary>
    public string? Commentary { get; set; }

    /// <summary>Further links the item gave besides <see cref="Url"/> (a digest item may cite two).</summary>
    public List<string> ExtraLinks { get; set; } = [];

    /// <summary>Where it was read from: "file:PATH#N" for imports, the feed URL for feeds.</summary>
    public string? Origin { get; set; }

    /// <summary>The story (event) it belongs to, once clustered.</summary>
    public long? StoryId { get; set; }

    /// <summary>
    /// The clusterer's log-odds when the article joined its story (null when it started the story or an
    /// editor placed it): a low score asks an editor to check the join (<c>StoryClusteringOptions.WeakJoinScore</c>).
    /// </summary>
    public double? StoryScore { get; set; }

    public Story? Story { get; set; }

    /// <summary>For a copy of another article: the likely original.</summary>
    public long? CopyOfId { get; set; }

    public Article? CopyOf { get; set; }

    public CopyKind CopyKind { get; set; }

    /// <summary>For a copy: the share of its sentences found verbatim in the original (0..1).</summary>
    public double? VerbatimShare { get; set; }

    /// <summary>For a copy: the sentences it adds to the original (an editor's own paragraphs), in order.</summary>
    public List<string> AddedSentences { get; set; } = [];

    /// <summary>The outlet the text credits as its source ("Yonhap" from "SEOUL (Yonhap) --"), if it credits one.</summary>
    public string? CopyCredit { get; set; }

    /// <summary>Set when the article was read by the editor in the newsroom.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The moment used for ordering: published time when known, else retrieval time.</summary>
    public DateTimeOffset SortTime => PublishedAt ?? RetrievedAt;
}

/// <summary>How an article relates to the original it copies.</summary>
public enum CopyKind
{
    /// <summary>Not a copy (or not known to be one).</summary>
    None = 0,

    /// <summary>The same text under the same headline (page furniture aside); a retitled pickup is <see cref="Edited"/>.</summary>
    Verbatim = 1,

    /// <summary>Trimmed, retitled or with paragraphs added, but mostly the original's sentences.</summary>
    Edited = 2,

    /// <summary>The same facts in the same order with words swapped.</summary>
    Rewrite = 3,
}
