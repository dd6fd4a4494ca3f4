using Newsdesk.Core.Articles;
using Newsdesk.Core.Briefs;

namespace Newsdesk.Web.Api;

/// <summary>POST /api/briefs: start a draft.</summary>
/// <summary>A new draft for a day (today when none is given); <c>fromStories</c> fills it with the day's stories and quotes of the day.</summary>
internal sealed record CreateBriefRequest(DateOnly? Date, string? Title, bool FromStories = false);

/// <summary>POST /api/briefs/{id}/items: add a story (through its original article) or an article.</summary>
internal sealed record AddBriefItemRequest(long? StoryId, long? ArticleId);

/// <summary>PUT /api/briefs/{id}: the whole editable state, with the version it is based on.</summary>
internal sealed record SaveBriefRequest(int Version, string Title, string? Intro, IReadOnlyList<SaveBriefItem>? Items, IReadOnlyList<long>? QuoteIds);

internal sealed record SaveBriefItem(long ItemId, string? Headline, string? Commentary, ExcerptMode ExcerptMode = ExcerptMode.Excerpt);

/// <summary>POST /api/briefs/{id}/publish.</summary>
internal sealed record PublishBriefRequest(int Version);

/// <summary>
/// An article. A copy has <c>copyOfId</c>, its kind, the share of its sentences verbatim, the credit line it
/// gives and the sentences it adds; an original lists its stored copies in <c>copies</c>.
/// </summary>
internal sealed record ArticleResponse(
    long Id, string Title, string? Outlet, string? Byline, DateTimeOffset? PublishedAt, DateTimeOffset RetrievedAt, string? Url,
    long? StoryId, long? CopyOfId, CopyKind CopyKind, string? Commentary, IReadOnlyList<Block> Blocks,
    double? VerbatimShare, string? CopyCredit, IReadOnlyList<string> AddedSentences, IReadOnlyList<ArticleCopy> Copies);

/// <summary>A stored copy of an article: its id, outlet and kind.</summary>
internal sealed record ArticleCopy(long Id, string? Outlet, CopyKind CopyKind);

internal sealed record MeResponse(string UserName, string? DisplayName, string Role);

/// <summary>Body of POST /api/stories/{id}/merge: the story that keeps the articles.</summary>
internal sealed record MergeStoryRequest(long? Into);

/// <summary>Body of POST /api/articles/{id}/move: the story to move to; absent for a new story of its own.</summary>
internal sealed record MoveArticleRequest(long? Into);
