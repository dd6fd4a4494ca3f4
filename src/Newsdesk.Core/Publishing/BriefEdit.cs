using Newsdesk.Core.Briefs;

namespace Newsdesk.Core.Publishing;

/// <summary>
/// A composer save: the whole editable state of a brief as the editor last saw it, with the
/// <see cref="Version"/> it was loaded at. Items absent from <see cref="Items"/> are removed;
/// the list order is the new numbering.
/// </summary>
public sealed record BriefEdit(
    long BriefId,
    int Version,
    string Title,
    string? Intro,
    IReadOnlyList<BriefItemEdit> Items,
    IReadOnlyList<long> QuoteIds);

/// <summary>An item's editable fields, by item id.</summary>
public sealed record BriefItemEdit(long ItemId, string? Headline, string? Commentary, ExcerptMode ExcerptMode);
