using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing.Feeds;
using Newsdesk.Core.Storage;

namespace Newsdesk.Web.Api;

/// <summary>Public feeds of published briefs: Atom, RSS 2.0 and JSON Feed.</summary>
internal static class FeedsEndpoints
{
    private const int EntryCount = 30;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").AllowAnonymous().ExcludeFromDescription();
        feeds.MapGet("/atom.xml", async (HttpContext http, NewsdeskDb db, IOptions<NewsroomOptions> options, TimeProvider clock, CancellationToken ct) =>
            Results.Text(AtomFeedWriter.Write(Channel(http, options.Value), await db.LoadLatestPublishedBriefViewsAsync(EntryCount, ct), clock.GetUtcNow()), AtomFeedWriter.ContentType));
        feeds.MapGet("/rss.xml", async (HttpContext http, NewsdeskDb db, IOptions<NewsroomOptions> options, TimeProvider clock, CancellationToken ct) =>
            Results.Text(RssFeedWriter.Write(Channel(http, options.Value), await db.LoadLatestPublishedBriefViewsAsync(EntryCount, ct), clock.GetUtcNow()), RssFeedWriter.ContentType));
        feeds.MapGet("/feed.json", async (HttpContext http, NewsdeskDb db, IOptions<NewsroomOptions> options, CancellationToken ct) =>
            Results.Text(JsonFeedWriter.Write(Channel(http, options.Value), await db.LoadLatestPublishedBriefViewsAsync(EntryCount, ct)), JsonFeedWriter.ContentType));
        return app;
    }

    public static FeedChannel Channel(HttpContext http, NewsroomOptions options)
    {
        var configured = options.PublicBaseUrl;
        var root = !string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var u)
            ? u
            : new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        return new FeedChannel(options.SiteTitle, root, options.SiteDescription);
    }
}
