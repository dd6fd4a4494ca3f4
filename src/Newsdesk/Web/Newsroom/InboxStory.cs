namespace Newsdesk.Web.Newsroom;

/// <summary>
/// One row of the inbox: a story with what the editor needs to triage it. <paramref name="JoinsToCheck"/>
/// counts its reports joined on weak evidence (<see cref="Core.Stories.StoryQueries.WeakestJoins"/>);
/// <paramref name="Opinion"/> is a story told only in commentary (no report, no analysis among its originals).
/// </summary>
internal sealed record InboxStory(
    long Id,
    string Headline,
    int ArticleCount,
    IReadOnlyList<string> Outlets,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset UpdatedAt,
    string Summary,
    long? LeadArticleId,
    bool Unread,
    bool NewSinceLastBrief,
    bool FiguresDisagree,
    bool InCurrentBrief,
    string RankReason,
    int JoinsToCheck,
    bool Opinion);

/// <summary>A page of the inbox and what its filters can choose from.</summary>
internal sealed record InboxPage(
    IReadOnlyList<InboxStory> Stories,
    bool HasMore,
    DateTimeOffset? LastBriefAt,
    DateTimeOffset? WindowStart,
    IReadOnlyList<string> Beats,
    IReadOnlyList<(long Id, string Title)> Sources);
