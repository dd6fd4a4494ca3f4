using System.Globalization;
using Microsoft.OpenApi;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;
using Newsdesk.Web.Auth;
using Newsdesk.Web.Pages.Sources;

namespace Newsdesk.Web.Api;

/// <summary>Sources as JSON: health for editors; following, editing, disabling, checking and OPML for admins.</summary>
internal static class SourcesApi
{
    private static readonly string[] OpmlTypes = ["text/x-opml", "application/xml", "text/xml"];

    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/sources").RequireAuthorization(NewsroomPolicies.ApiEditor).WithTags("Sources");
        read.MapGet("/", async (SourceSubscriptions subscriptions, string? state, string? q, int? page, int? pageSize, CancellationToken ct) =>
        {
            if (!ApiResults.TryParse<SourceState>(state, out var wanted))
            {
                return ApiResults.BadRequest("state is new, ok, failing or disabled.");
            }

            var list = await subscriptions.ListAsync(new SourceListQuery
            {
                State = string.IsNullOrWhiteSpace(state) ? null : wanted, Text = q, Page = page ?? 1, PageSize = pageSize ?? 100,
            }, ct);
            return Results.Ok(new SourceListResponse(list.Sources, list.Matching, list.Total, list.Counts));
        }).WithSummary("Sources with their health, in trouble first; filter by state and words");
        read.MapGet("/{id:long}", async (long id, SourceSubscriptions subscriptions, CancellationToken ct) =>
            await LoadAsync(subscriptions, id, ct) is { } source ? Results.Ok(source) : ApiResults.NotFound($"Source {id}"))
            .WithSummary("A source: settings, selectors and health");
        read.MapGet("/opml", async (SourceOpml opml, TimeProvider clock, CancellationToken ct) =>
            Results.File(await opml.ExportAsync(ct), ExportModel.ContentType, ExportModel.FileName(clock.GetUtcNow())))
            .Produces(200, contentType: "text/x-opml").WithSummary("Every source as OPML");

        var write = app.MapGroup("/api/sources").RequireAuthorization(NewsroomPolicies.ApiAdmin).WithTags("Sources");
        write.MapPost("/discover", async (DiscoverSourceRequest request, SourceSubscriber subscriber, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Url))
            {
                return ApiResults.BadRequest("url is required.");
            }

            var search = await subscriber.FindFeedsAsync(request.Url, ct);
            return search.Problem is not null ? ApiResults.BadRequest(search.Problem) : Results.Ok(search);
        }).WithSummary("What a feed or page address offers to follow (nothing is followed yet)");
        write.MapPost("/", async (AddSourceRequest request, SourceSubscriber subscriber, SourceSubscriptions subscriptions, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Url))
            {
                return ApiResults.BadRequest("url is required.");
            }

            var change = await subscriber.AddAsync(new NewSource(request.Url) { Title = request.Title, Category = request.Category, Tags = request.Tags ?? [] }, ct);
            if (!change.Succeeded)
            {
                return Problem(change);
            }

            var id = change.Source!.Id;
            return Results.Created($"/api/sources/{id.ToString(CultureInfo.InvariantCulture)}", await LoadAsync(subscriptions, id, ct));
        }).WithSummary("Follow a feed; a page address follows the first working feed it links");
        write.MapPut("/{id:long}", async (long id, EditSourceRequest request, SourceSubscriptions subscriptions, CancellationToken ct) =>
        {
            var edit = new SourceEdit(request.Title ?? "")
            {
                Category = request.Category, Tags = request.Tags ?? [], KeepSelectors = request.KeepSelectors, RemoveSelectors = request.RemoveSelectors,
            };
            return await ChangedAsync(await subscriptions.EditAsync(Key(id), edit, ct), subscriptions, ct);
        }).WithSummary("Change title, category, tags and extraction selectors");
        write.MapPost("/{id:long}/disable", async (long id, DisableSourceRequest? request, SourceSubscriptions subscriptions, CancellationToken ct) =>
            await ChangedAsync(await subscriptions.DisableAsync(Key(id), request?.Reason, ct), subscriptions, ct))
            .WithSummary("Stop checking a source, with an optional reason");
        write.MapPost("/{id:long}/enable", async (long id, SourceSubscriptions subscriptions, CancellationToken ct) =>
            await ChangedAsync(await subscriptions.EnableAsync(Key(id), ct), subscriptions, ct))
            .WithSummary("Check a disabled source again (failure count cleared, due now)");
        write.MapDelete("/{id:long}", async (long id, SourceSubscriptions subscriptions, CancellationToken ct) =>
            await subscriptions.RemoveAsync(Key(id), ct) is { Succeeded: false } refused ? Problem(refused) : Results.NoContent())
            .WithSummary("Stop following a source (its articles stay)");
        write.MapPost("/{id:long}/refresh", async (long id, SourceSubscriptions subscriptions, RefreshPass refresh, CancellationToken ct) =>
        {
            if (await subscriptions.HealthAsync(id, ct) is null)
            {
                return ApiResults.NotFound($"Source {id}");
            }

            return Results.Ok((await refresh.RunAsync([id], null, ct)).Reports.Single());
        }).WithSummary("Check a source now, due or not");
        write.MapPost("/opml", async (HttpRequest http, SourceOpml opml, CancellationToken ct) =>
        {
            var body = await ReadBodyAsync(http, ImportModel.MaxBytes, ct);
            if (body is null)
            {
                return Results.Problem(statusCode: 413, title: "Too large", detail: $"An OPML file is limited to {ImportModel.MaxBytes / (1024 * 1024)} MiB.");
            }

            var import = await opml.ImportAsync(body, ct);
            return import.Added == 0 && import.AlreadyFollowed == 0 && import.Problems.Count > 0
                ? Results.Problem(statusCode: 400, title: "Nothing imported", detail: string.Join('\n', import.Problems),
                    extensions: new Dictionary<string, object?> { ["problems"] = import.Problems })
                : Results.Ok(import);
        }).Produces<OpmlImport>().WithSummary("Follow every feed of an OPML file (the request body); one problem line per outline skipped")
            // Described, not enforced: declared content types would make routing answer 415 before authorization does.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                var body = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
                foreach (var type in OpmlTypes)
                {
                    body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }

                operation.RequestBody = body;
                return Task.CompletedTask;
            });
        return app;
    }

    private static async Task<SourceResponse?> LoadAsync(SourceSubscriptions subscriptions, long id, CancellationToken ct) =>
        await subscriptions.HealthAsync(id, ct) is { } health && await subscriptions.FindAsync(Key(id), ct) is { } source
            ? SourceResponse.From(source, health)
            : null;

    private static async Task<IResult> ChangedAsync(SourceChange change, SourceSubscriptions subscriptions, CancellationToken ct) =>
        change.Succeeded ? Results.Ok(await LoadAsync(subscriptions, change.Source!.Id, ct)) : Problem(change);

    private static IResult Problem(SourceChange change) =>
        change.NotFound ? Results.Problem(statusCode: 404, title: "Not found", detail: change.Problem)
        : change.AlreadyFollowed ? Results.Problem(statusCode: 409, title: "Already followed", detail: change.Problem)
        : ApiResults.BadRequest(change.Problem!);

    /// <summary>The request body, or null when it is larger than <paramref name="max"/> bytes (read no further).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest http, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
