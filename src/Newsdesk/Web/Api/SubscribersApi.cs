using Newsdesk.Core.Publishing.Email;
using Newsdesk.Web.Auth;

namespace Newsdesk.Web.Api;

/// <summary>The mailing list as JSON (admins): list, subscribe, unsubscribe.</summary>
internal static class SubscribersApi
{
    public static IEndpointRouteBuilder MapSubscribersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subscribers").RequireAuthorization(NewsroomPolicies.ApiAdmin).WithTags("Subscribers");
        group.MapGet("/", async (MailingList list, CancellationToken ct) =>
            Results.Ok((await list.ListAsync(ct)).Select(SubscriberResponse.From).ToList())).WithSummary("Every subscriber, active or unsubscribed");
        group.MapPost("/", async (AddSubscriberRequest request, MailingList list, CancellationToken ct) =>
        {
            var change = await list.AddAsync(request.Email ?? "", request.Name, ct);
            if (!change.Succeeded)
            {
                return ApiResults.BadRequest(change.Message);
            }

            var body = new SubscriberChangeResponse(change.Outcome, change.Message, SubscriberResponse.From(change.Subscriber!));
            return change.Outcome == SubscriberOutcome.Added ? Results.Created($"/api/subscribers/{Uri.EscapeDataString(change.Subscriber!.Email)}", body) : Results.Ok(body);
        }).WithSummary("Subscribe an address (again, if it had unsubscribed); an address already subscribed is not added twice");
        group.MapDelete("/{email}", async (string email, MailingList list, CancellationToken ct) =>
        {
            var change = await list.RemoveAsync(email, ct);
            return change.Succeeded
                ? Results.Ok(new SubscriberChangeResponse(change.Outcome, change.Message, SubscriberResponse.From(change.Subscriber!)))
                : Results.Problem(statusCode: 404, title: "Not found", detail: change.Message);
        }).WithSummary("Unsubscribe an address (its delivery history stays)");
        return app;
    }
}

/// <summary>Body of POST /api/subscribers.</summary>
internal sealed record AddSubscriberRequest(string? Email, string? Name);

/// <summary>A subscriber (the unsubscribe token is the reader's secret and is not shown).</summary>
internal sealed record SubscriberResponse(long Id, string Email, string? Name, SubscriberStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? UnsubscribedAt)
{
    public static SubscriberResponse From(Subscriber s) => new(s.Id, s.Email, s.Name, s.Status, s.CreatedAt, s.UnsubscribedAt);
}

internal sealed record SubscriberChangeResponse(SubscriberOutcome Outcome, string Message, SubscriberResponse Subscriber);

/// <summary>Where a brief's sending stands (the API's GET .../send and the composer's status line).</summary>
internal sealed record SendProgress(bool Running, int Sent, int Failed, int Sending, int Pending, SendBriefResponse? Last)
{
    public static async Task<SendProgress> OfAsync(long briefId, MailingRuns runs, BriefMailer mailer, CancellationToken ct)
    {
        var run = runs.Latest(briefId);
        var (sent, failed, sending) = await mailer.ProgressAsync(briefId, ct);
        return new SendProgress(run?.Running ?? false, sent, failed, sending, await mailer.PendingCountAsync(briefId, ct),
            run?.Result is { Status: MailingStatus.Done } done ? SendBriefResponse.From(done) : null);
    }
}

/// <summary>What a finished send did: counts, and each failed address with the server's reason.</summary>
internal sealed record SendBriefResponse(int Sent, int AlreadySent, int Failed, IReadOnlyList<DeliveryReport> Failures, bool Cancelled, string? StoppedBecause)
{
    public static SendBriefResponse From(MailingResult r) => new(r.Sent, r.AlreadySent, r.Failed, r.Failures, r.Cancelled, r.StoppedBecause);
}
