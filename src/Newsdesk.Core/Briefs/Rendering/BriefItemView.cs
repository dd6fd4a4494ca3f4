using Newsdesk.Core.Articles;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>
/// One numbered item: headline, metadata, the editor's commentary and the excerpt blocks, or the
/// extractive summary whose sentences each cite the article they come from, and the outlets that
/// only carried copies of the article.
/// </summary>
public sealed record BriefItemView(
    int Number,
    string Headline,
    string? Outlet,
    string? Byline,
    DateTimeOffset? Published,
    string? Url,
    string? Commentary,
    IReadOnlyList<Block> Excerpt,
    IReadOnlyList<CitedSentence>? Summary = null,
    IReadOnlyList<string>? AlsoCarriedBy = null);
