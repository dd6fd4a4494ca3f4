using Newsdesk.Core.Articles;

namespace Newsdesk.Core.Stories;

/// <summary>
/// One story as a brief shows it: the article to lead with (the earliest original), the outlet
/// that reported first, the outlets that only carried copies of it, and the outlets that reported
/// the same event in their own words.
/// </summary>
public sealed record StoryItem(
    Story Story,
    Article Lead,
    string? OriginalOutlet,
    IReadOnlyList<string> AlsoCarriedBy,
    IReadOnlyList<string> AlsoReportedBy);
