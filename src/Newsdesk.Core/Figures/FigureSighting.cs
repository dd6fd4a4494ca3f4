namespace Newsdesk.Core.Figures;

/// <summary>A figure as one article of a story states it: the outlet, and the sentence it comes from.</summary>
public sealed record FigureSighting(ArticleFigure Figure, long ArticleId, string? Outlet, DateTimeOffset? PublishedAt, string Sentence);
