using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>One numbered item: headline, metadata, the editor's commentary and the excerpt (or summary) blocks.</summary>
public sealed record BriefItemView(
    int Number,
    string Headline,
    string? Outlet,
    string? Byline,
    DateTimeOffset? Published,
    string? Url,
    string? Commentary,
    IReadOnlyList<Block> Excerpt)
{
    /// <summary>The stored <see cref="BriefItem"/> (0 for a view built by hand).</summary>
    public long ItemId { get; init; }

    public long? ArticleId { get; init; }

    public long? StoryId { get; init; }

    /// <summary>What <see cref="Excerpt"/> holds: the opening paragraphs, a summary, or nothing.</summary>
    public ExcerptMode ExcerptMode { get; init; }
}
