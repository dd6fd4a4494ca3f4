using Newsdesk.Core.Figures;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Core.Briefs;

/// <summary>
/// What a brief item shows beyond its article, read from the store when the brief is shown: the
/// stored summary (its story's, else its article's), where the story comes from and who else has
/// it, and the figures its outlets disagree on.
/// </summary>
public sealed record BriefItemDetails(
    IReadOnlyList<CitedSentence> Summary,
    string? OriginalOutlet,
    IReadOnlyList<string> AlsoCarriedBy,
    IReadOnlyList<string> AlsoReportedBy,
    IReadOnlyList<FigureDisagreement> Figures)
{
    public static readonly BriefItemDetails None = new([], null, [], [], []);
}
