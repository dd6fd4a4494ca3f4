using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;
using Newsdesk.Web.Auth;
using Newsdesk.Web.Newsroom;

namespace Newsdesk.Web.Api;

/// <summary>The inbox, stories and articles as JSON (viewer role and up).</summary>
internal static class StoriesApi
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(NewsroomPolicies.ApiViewer).WithTags("Inbox");
        api.MapGet("/inbox", async (NewsdeskDb db, StoryTracker tracker, string? beat, long? source, string? outlet, DateOnly? from, DateOnly? to, string? read, string? order, int? page, CancellationToken ct) =>
        {
            if (!ApiResults.TryParse<ReadFilter>(read, out var readFilter) || !ApiResults.TryParse<InboxOrder>(order, out var inboxOrder))
            {
                return ApiResults.BadRequest("read is all, unread or read; order is rank or newest.");
            }

            var filter = new InboxFilter
            {
                Beat = beat, SourceId = source, Outlet = outlet, From = from, To = to,
                Read = readFilter, Order = inboxOrder, Page = Math.Max(page ?? 1, 1),
            };
            var inbox = await db.LoadAsync(filter, null, tracker.Clusterer.Options.WeakJoinScore, ct);
            return Results.Ok(new { stories = inbox.Stories, hasMore = inbox.HasMore, lastBriefAt = inbox.LastBriefAt });
        }).WithSummary("Stories ranked for the beat, with filters");
        api.MapGet("/stories/{id:long}", async (long id, NewsdeskDb db, StoryTracker tracker, CancellationToken ct) =>
            await StoryDetails.LoadAsync(db, id, tracker.Clusterer.Options.WeakJoinScore, ct) is { } d
                ? Results.Ok(new { story = new { d.Story.Id, d.Story.Headline, d.Story.FirstSeenAt, d.Story.UpdatedAt, d.Story.ArticleCount, keywords = d.Keywords }, articles = d.Articles, quotes = d.Quotes.Select(q => new { q.Id, q.Text, q.Speaker, q.SpeakerRole, q.Outlet, q.Verified, q.ArticleId }) })
                : ApiResults.NotFound($"Story {id}")).WithSummary("A story: articles in time order, copies, quotes");
        api.MapGet("/stories/{id:long}/history", async (long id, NewsdeskDb db, int? limit, CancellationToken ct) =>
            await db.Stories.AsNoTracking().AnyAsync(s => s.Id == id, ct)
                ? Results.Ok((await db.HistoryAsync(id, Math.Clamp(limit ?? 100, 1, 1000), ct)).Select(c => new { c.At, kind = c.Kind.ToString(), by = c.By, c.ArticleId, c.ArticleTitle, c.Articles, c.OtherStoryId, c.OtherHeadline, c.Text }))
                : ApiResults.NotFound($"Story {id}")).WithSummary("A story's history, newest first: moves, splits, merges and their undoing, confirmations, and who made them");
        api.MapGet("/articles/{id:long}", async (long id, NewsdeskDb db, CancellationToken ct) =>
        {
            if (await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a)
            {
                return ApiResults.NotFound($"Article {id}");
            }

            var copies = await db.Articles.AsNoTracking().Where(c => c.CopyOfId == id).OrderBy(c => c.PublishedAt ?? c.RetrievedAt).ThenBy(c => c.Id)
                .Select(c => new ArticleCopy(c.Id, c.Outlet, c.CopyKind)).ToListAsync(ct);
            return Results.Ok(new ArticleResponse(a.Id, a.Title, a.Outlet, a.Byline, a.PublishedAt, a.RetrievedAt, a.Url, a.StoryId, a.CopyOfId, a.CopyKind, a.Commentary, a.Blocks,
                a.VerbatimShare, a.CopyCredit, a.AddedSentences, copies));
        }).WithSummary("An article with its body as blocks, what it copies or who copied it");

        // Corrections to story clustering (editor role): the same use cases as `newsdesk stories merge|unmerge|move|confirm`.
        var edit = app.MapGroup("/api").RequireAuthorization(NewsroomPolicies.ApiEditor).WithTags("Stories");
        edit.MapPost("/stories/{id:long}/merge", async (long id, MergeStoryRequest request, MergeStories merge, ClaimsPrincipal user, CancellationToken ct) =>
            request.Into is not { } into ? ApiResults.BadRequest("into: the story to merge this one into is required.")
            : await merge.MergeAsync(id, into, user.Editor(), ct) switch
            {
                { Merged: true } => Results.Ok(new { storyId = into }),
                { NotFound: true, Reason: var reason } => Results.Problem(statusCode: 404, title: "Not found", detail: reason),
                var failed => Results.Problem(statusCode: 409, title: "Cannot merge", detail: failed.Reason),
            }).WithSummary("Fold this story into another (two stories that report one event)");
        edit.MapPost("/stories/{id:long}/unmerge", async (long id, UnmergeStory unmerge, ClaimsPrincipal user, CancellationToken ct) =>
            await unmerge.UnmergeAsync(id, user.Editor(), ct) switch
            {
                { Unmerged: true, IntoId: var from, Articles: var articles } => Results.Ok(new { storyId = id, from, articles }),
                { NotFound: true, Reason: var reason } => Results.Problem(statusCode: 404, title: "Not found", detail: reason),
                var failed => Results.Problem(statusCode: 409, title: "Cannot unmerge", detail: failed.Reason),
            }).WithSummary("Undo this story's merge into another: the articles the merge moved, where still there, come back");
        edit.MapPost("/articles/{id:long}/move", async (long id, MoveArticleRequest request, MoveArticle move, ClaimsPrincipal user, CancellationToken ct) =>
            await move.MoveAsync(id, request.Into, user.Editor(), ct) switch
            {
                { Moved: true, StoryId: var storyId } => Results.Ok(new { storyId }),
                { NotFound: true, Reason: var reason } => Results.Problem(statusCode: 404, title: "Not found", detail: reason),
                var failed => Results.Problem(statusCode: 409, title: "Cannot move", detail: failed.Reason),
            }).WithSummary("Move an article (and its copies in the story) into another story, or into a new one when `into` is absent");
        edit.MapPost("/articles/{id:long}/confirm", async (long id, ConfirmJoin confirm, ClaimsPrincipal user, CancellationToken ct) =>
            await confirm.ConfirmAsync(id, user.Editor(), ct) switch
            {
                { Confirmed: true, StoryId: var storyId } => Results.Ok(new { storyId }),
                { NotFound: true, Reason: var reason } => Results.Problem(statusCode: 404, title: "Not found", detail: reason),
                var failed => Results.Problem(statusCode: 409, title: "Cannot confirm", detail: failed.Reason),
            }).WithSummary("Confirm that an article reports its story's event: it is no longer listed as a join to check");
        return app;
    }
}
