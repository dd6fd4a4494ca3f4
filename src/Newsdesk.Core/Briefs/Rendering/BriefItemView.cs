using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>One numbered item: headline, metadata, the editor's commentary and the excerpt blocks.</summary>
public sealed record BriefItemView(
    int Number,
    string Headline,
    string? Outlet,
    string? Byline,
    DateTimeOffset? Published,
    string? Url,
    string? Commentary,
    IReadOnlyList<Block> Excerpt);
