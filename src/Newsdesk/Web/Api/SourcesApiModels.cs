using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;

namespace Newsdesk.Web.Api;

/// <summary>POST /api/sources: follow a feed, or the first working feed a page links.</summary>
internal sealed record AddSourceRequest(string? Url, string? Title, string? Category, IReadOnlyList<string>? Tags);

/// <summary>POST /api/sources/discover: what a URL offers to follow.</summary>
internal sealed record DiscoverSourceRequest(string? Url);

/// <summary>PUT /api/sources/{id}: the editable fields, all of them (absent ones are cleared).</summary>
internal sealed record EditSourceRequest(string? Title, string? Category, IReadOnlyList<string>? Tags, string? KeepSelectors, string? RemoveSelectors);

/// <summary>POST /api/sources/{id}/disable.</summary>
internal sealed record DisableSourceRequest(string? Reason);

/// <summary>A source with its settings and health.</summary>
internal sealed record SourceResponse(
    long Id, SourceKind Kind, string Title, string? Url, string? SiteUrl, string? Category, IReadOnlyList<string> Tags,
    string? KeepSelectors, string? RemoveSelectors, SourceState State, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastCheckedAt,
    string? LastError, int ErrorCount, DateTimeOffset? NextCheckAt, int? CheckIntervalMinutes, bool Disabled, string? DisabledReason,
    int ArticleCount, string? CheckingBy, DateTimeOffset CreatedAt)
{
    public static SourceResponse From(Source s, SourceHealth h) => new(
        s.Id, s.Kind, s.Title, s.Url, s.SiteUrl, s.Category, s.Tags, s.KeepSelectors, s.RemoveSelectors, h.State, s.LastSuccessAt,
        s.LastCheckedAt, s.LastError, s.ErrorCount, s.NextCheckAt, s.CheckIntervalMinutes, s.Disabled, s.DisabledReason,
        h.ArticleCount, h.CheckingBy, s.CreatedAt);
}

/// <summary>GET /api/sources: one page of sources, how many match, and totals per health state.</summary>
internal sealed record SourceListResponse(IReadOnlyList<SourceHealth> Sources, int Matching, int Total, IReadOnlyDictionary<SourceState, int> Counts);
