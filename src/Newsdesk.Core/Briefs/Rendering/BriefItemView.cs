using Newsdesk.Core.Articles;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>
/// One numbered item: headline, metadata, the editor's commentary and the excerpt blocks, or the
/// story's extractive summary whose sentences each cite the article they come from; the outlets
/// behind the story; and the figures its outlets disagree on.
/// </summary>
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
    /// <summary>Report, analysis or opinion: the meta line names the last two.</summary>
    public ArticleGenre Genre { get; init; }

    /// <summary>The stored <see cref="BriefItem"/> (0 for a view built by hand).</summary>
    public long ItemId { get; init; }

    public long? ArticleId { get; init; }

    public long? StoryId { get; init; }

    /// <summary>What <see cref="Excerpt"/> holds: the opening paragraphs, a summary, or nothing.</summary>
    public ExcerptMode ExcerptMode { get; init; }

    /// <summary>
    /// The stored extractive summary a summary-mode item shows instead of its <see cref="Excerpt"/>
    /// (then empty); empty when there is none, and the excerpt falls back to the lead's sentences.
    /// </summary>
    public IReadOnlyList<CitedSentence> Summary { get; init; } = [];

    /// <summary>The outlet that reported the story first (of its original articles, the earliest).</summary>
    public string? OriginalOutlet { get; init; }

    /// <summary>Outlets that only carried copies of the item's article, earliest first.</summary>
    public IReadOnlyList<string> AlsoCarriedBy { get; init; } = [];

    /// <summary>Outlets that reported the same story in their own words.</summary>
    public IReadOnlyList<string> AlsoReportedBy { get; init; } = [];

    /// <summary>Figures the story's outlets disagree on (see <see cref="FigureComparer"/>).</summary>
    public IReadOnlyList<FigureDisagreement> Figures { get; init; } = [];
}
