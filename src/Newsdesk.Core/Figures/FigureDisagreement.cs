namespace Newsdesk.Core.Figures;

/// <summary>
/// Figures of one story about the same thing that the outlets do not agree on: each value with its
/// outlets and sentences (see <see cref="FigureComparer"/> for when figures disagree). The newsroom
/// and the brief show it as a small table.
/// </summary>
public sealed record FigureDisagreement(FigureKind Kind, string Thing, string Unit, bool Expected, IReadOnlyList<FigureClaim> Claims);
