using Newsdesk.Core.Search;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Api;

/// <summary>
/// Full-text search as JSON; highlighted words are wrapped in U+0002 … U+0003 in title and snippet.
/// A copy whose original matches too is folded into it (alsoCarriedBy) unless copies=true.
/// </summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (ArticleSearch search, string? q, string? outlet, string? entity, DateOnly? from, DateOnly? to, string? order, bool? copies, int? limit, int? offset, CancellationToken ct) =>
        {
            if (!ApiResults.TryParse<SearchOrder>(order, out var searchOrder))
            {
                return ApiResults.BadRequest("order is relevance or newest.");
            }

            var parsed = SearchQuery.Parse(q ?? "");
            var query = parsed with
            {
                Outlet = outlet ?? parsed.Outlet, Entity = entity ?? parsed.Entity, From = from ?? parsed.From, To = to ?? parsed.To,
                Order = searchOrder, Copies = copies ?? false, Limit = Math.Clamp(limit ?? 20, 1, 100), Offset = Math.Max(offset ?? 0, 0),
            };
            var results = await search.SearchAsync(query, ct);
            return results.Problem is not null ? ApiResults.BadRequest(results.Problem) : Results.Ok(results);
        }).RequireAuthorization(NewsroomPolicies.ApiViewer).WithTags("Search").WithSummary("Search everything ingested");
        return app;
    }
}
