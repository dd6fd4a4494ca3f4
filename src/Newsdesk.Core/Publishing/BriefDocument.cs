using Newsdesk.Core.Briefs;

namespace Newsdesk.Core.Publishing;

/// <summary>A brief as readers see it, ready for any channel: web archive, email, feeds.</summary>
public sealed record BriefDocument(
    long Id,
    string Title,
    DateOnly Date,
    string Slug,
    string? Intro,
    BriefStatus Status,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<BriefDocumentQuote> Quotes,
    IReadOnlyList<BriefDocumentItem> Items);

/// <summary>A quote of the day with its speaker.</summary>
public sealed record BriefDocumentQuote(long QuoteId, string Text, string? Speaker, string? SpeakerRole, string? Outlet);

/// <summary>
/// A numbered item: headline, the editor's commentary, outlet, byline, date, the original link
/// (null unless http/https) and the excerpt or summary paragraphs.
/// </summary>
public sealed record BriefDocumentItem(
    long ItemId,
    int Number,
    string Headline,
    string? Commentary,
    string? Outlet,
    string? Byline,
    DateTimeOffset? Date,
    string? Url,
    ExcerptMode ExcerptMode,
    IReadOnlyList<string> Excerpt,
    long? ArticleId,
    long? StoryId);
