using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Storage;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Api;

/// <summary>Briefs as JSON: read (viewers), compose and publish (editors), with the same version checks as the composer.</summary>
internal static class BriefsApi
{
    public static IEndpointRouteBuilder MapBriefsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/briefs").RequireAuthorization(NewsroomPolicies.ApiViewer).WithTags("Briefs");
        read.MapGet("/", async (NewsdeskDb db, CancellationToken ct) => Results.Ok(await db.Briefs.AsNoTracking()
            .OrderByDescending(b => b.Date).ThenByDescending(b => b.Id).Take(200)
            .Select(b => new { b.Id, b.Date, b.Title, b.Slug, b.Status, b.Version, b.UpdatedAt, b.PublishedAt, items = b.Items.Count })
            .ToListAsync(ct))).WithSummary("Drafts and published briefs");
        read.MapGet("/{id:long}", async (long id, NewsdeskDb db, CancellationToken ct) =>
            await db.LoadBriefViewAsync(id, ct) is { } view ? Results.Ok(view) : ApiResults.NotFound($"Brief {id}")).WithSummary("A brief as readers see it, with its version");

        var write = app.MapGroup("/api/briefs").RequireAuthorization(NewsroomPolicies.ApiEditor).WithTags("Briefs");
        write.MapPost("/", async (CreateBriefRequest request, BriefEditor editor, DraftBrief draft, TimeProvider clock, CancellationToken ct) =>
        {
            var date = request.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (!request.FromStories)
            {
                var empty = await editor.CreateDraftAsync(date, request.Title, ct);
                return Results.Created($"/api/briefs/{empty.Id}", new { empty.Id, empty.Slug, empty.Version, items = 0 });
            }

            var result = await draft.DraftNewAsync(date, request.Title, ct);
            return result.Brief is { } brief
                ? Results.Created($"/api/briefs/{brief.Id}", new { brief.Id, brief.Slug, brief.Version, items = brief.Items.Count })
                : ApiResults.BadRequest($"Nothing to start from: {result.Problem}.");
        }).WithSummary("Start a draft, empty or (fromStories) from the day's stories ranked by the beat");
        write.MapPost("/{id:long}/items", async (long id, AddBriefItemRequest request, BriefEditor editor, CancellationToken ct) =>
            ApiResults.From(await editor.AddItemAsync(id, request.StoryId, request.ArticleId, ct), c => Results.Ok(new { version = c.Version, message = c.Message })))
            .WithSummary("Add a story or an article");
        write.MapPut("/{id:long}", async (long id, SaveBriefRequest request, BriefEditor editor, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Title))
            {
                return ApiResults.BadRequest("title is required.");
            }

            var edit = new BriefEdit(id, request.Version, request.Title, request.Intro,
                (request.Items ?? []).Select(i => new BriefItemEdit(i.ItemId, i.Headline, i.Commentary, i.ExcerptMode)).ToList(),
                request.QuoteIds ?? []);
            return ApiResults.From(await editor.SaveAsync(edit, ct), c => Results.Ok(new { version = c.Version, updatedAt = c.UpdatedAt }));
        }).WithSummary("Save the whole brief; 409 when someone saved since your version");
        write.MapPost("/{id:long}/publish", async (long id, PublishBriefRequest request, BriefEditor editor, NewsdeskDb db, CancellationToken ct) =>
            ApiResults.From(await editor.PublishAsync(id, request.Version, ct), c =>
                Results.Ok(new { version = c.Version, url = "/archive/" + db.Briefs.Where(b => b.Id == id).Select(b => b.Slug).First() })))
            .WithSummary("Publish at the given version");
        write.MapPost("/{id:long}/send", async (long id, HttpContext http, MailingRuns runs, IOptions<NewsroomOptions> newsroom, CancellationToken ct) =>
        {
            var (refusal, started) = await runs.BeginAsync(id, FeedsEndpoints.Channel(http, newsroom.Value).BaseUrl, ct);
            return refusal?.Status switch
            {
                MailingStatus.NotFound => ApiResults.NotFound($"Brief {id}"),
                MailingStatus.Refused => Results.Problem(statusCode: 400, title: "Not sent", detail: refusal.Problem),
                _ => Results.Accepted($"/api/briefs/{id}/send", new { started, running = true }),
            };
        }).WithSummary("Start sending a published brief by email to each active subscriber it has not reached (in the background; GET the same address for progress)");
        write.MapGet("/{id:long}/send", async (long id, MailingRuns runs, BriefMailer mailer, CancellationToken ct) =>
            Results.Ok(await SendProgress.OfAsync(id, runs, mailer, ct)))
            .WithSummary("How the brief's sending stands: running here or not, deliveries sent, failed and in flight, subscribers not reached, and the last run's result");
        return app;
    }
}
