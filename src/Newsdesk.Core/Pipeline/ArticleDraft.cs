using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Pipeline;

/// <summary>An article as a reader (import, feed, page) produced it, before it is stored.</summary>
public sealed record ArticleDraft
{
    public string? Url { get; init; }

    /// <summary>The page's own canonical link (rel=canonical, og:url), preferred over <see cref="Url"/> for identity.</summary>
    public string? CanonicalUrl { get; init; }

    public required string Title { get; init; }

    public string? Byline { get; init; }

    public string? Outlet { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? ModifiedAt { get; init; }

    public string? Language { get; init; }

    public string? Section { get; init; }

    /// <summary>The genre the page states (its schema.org type); otherwise it is told from the section, address and title.</summary>
    public ArticleGenre? Genre { get; init; }

    public string? LeadImageUrl { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    public string? Commentary { get; init; }

    public IReadOnlyList<string> ExtraLinks { get; init; } = [];

    public string? FeedGuid { get; init; }

    public long? SourceId { get; init; }

    /// <summary>Where it was read from ("file:PATH#N", a feed URL).</summary>
    public string? Origin { get; init; }
}
