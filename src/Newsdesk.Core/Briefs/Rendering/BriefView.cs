namespace Newsdesk.Core.Briefs.Rendering;

/// <summary>Everything a brief renderer shows, already chosen and ordered; renderers only format it.</summary>
public sealed record BriefView(string Title, DateOnly Date, string? Intro, IReadOnlyList<BriefQuoteView> Quotes, IReadOnlyList<BriefItemView> Items);
