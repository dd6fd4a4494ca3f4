using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Storage;
using Polly;
using Polly.Retry;

namespace Newsdesk.Core.Publishing.Email;

/// <summary>
/// Sends a published brief to every active subscriber, one message each, and records each
/// delivery. Subscribers the brief already reached are skipped, so sending again is safe and
/// retries only those that failed. A failing recipient is recorded and the run goes on; 4xx replies
/// and dropped connections are retried a few times within the run, 5xx replies are not.
/// </summary>
public sealed class BriefMailer(NewsdeskDb db, TimeProvider clock, ILogger<BriefMailer> logger)
{
    /// <summary>
    /// Sends brief <paramref name="briefId"/> when <see cref="CheckAsync"/> clears it; <paramref name="baseUrl"/>
    /// is the public site root for the unsubscribe and web links (null leaves them out).
    /// <paramref name="onDelivery"/> hears of each subscriber tried. Cancellation stops between messages:
    /// a message in flight is finished (its time is bounded by <see cref="SmtpOptions.TimeoutSeconds"/>)
    /// and recorded.
    /// </summary>
    public async Task<MailingResult> SendAsync(long briefId, SmtpOptions smtp, Uri? baseUrl, Action<DeliveryReport>? onDelivery, CancellationToken ct)
    {
        var (refusal, cleared) = await CheckAsync(briefId, smtp, ct);
        return refusal ?? await SendAsync(cleared!, baseUrl, onDelivery, ct);
    }

    /// <summary>Sends a brief <see cref="CheckAsync"/> cleared (the newsroom checks first, then sends in the background).</summary>
    public async Task<MailingResult> SendAsync(ClearedSend cleared, Uri? baseUrl, Action<DeliveryReport>? onDelivery, CancellationToken ct)
    {
        var (briefId, smtp) = (cleared.BriefId, cleared.Smtp);
        var view = await db.LoadPublishedBriefViewAsync(briefId, ct) ?? throw new InvalidOperationException($"Brief {briefId} cannot be read.");
        var letter = BriefLetter.Render(view, baseUrl);
        var from = new MailAddress(smtp.From!.Trim(), smtp.FromName ?? "", Encoding.UTF8);
        var subscribers = await db.Subscribers.Where(s => s.Status == SubscriberStatus.Active).OrderBy(s => s.Id).ToListAsync(ct);
        var deliveries = await db.Deliveries.Where(d => d.BriefId == briefId).ToDictionaryAsync(d => d.SubscriberId, ct);
        var pending = subscribers.Where(s => deliveries.GetValueOrDefault(s.Id)?.Status != DeliveryStatus.Sent).ToList();
        var password = await PasswordAsync(smtp, ct);
        var pipeline = RetryPipeline(smtp, briefId);
        using var run = new Run(briefId, pending, deliveries, Math.Max(3, smtp.Connections));

        // Each worker mails over its own connection: a server answers each message in a few tens of
        // milliseconds of waiting, so a few connections at once send several times as many.
        async Task WorkAsync()
        {
            using var connection = new SmtpConnection(smtp, password);
            while (await run.InTurnAsync(() => NextAsync(run, ct)) is { } next)
            {
                var (subscriber, claim) = next;
                var (attempts, failure, stopped) = await MailAsync(connection, pipeline, letter.ToMessage(subscriber, from, out var messageId), ct);
                // The caller hears of each delivery in turn too, one at a time.
                var recorded = await run.InTurnAsync(async () =>
                {
                    var report = await RecordAsync(run, subscriber, claim, messageId, attempts, failure, stopped);
                    if (report is not null)
                    {
                        onDelivery?.Invoke(report);
                    }

                    return report;
                });
                if (recorded is null)
                {
                    return;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(smtp.Connections, 1, Math.Max(1, pending.Count))).Select(_ => Task.Run(WorkAsync, CancellationToken.None)));
        var failures = run.Failures.OrderBy(f => f.Email, StringComparer.Ordinal).ToList();
        EmailLog.Finished(logger, briefId, run.Sent, subscribers.Count - pending.Count, failures.Count);
        return new MailingResult(MailingStatus.Done, null, run.Sent, subscribers.Count - pending.Count, failures)
        {
            Cancelled = run.Cancelled,
            Elsewhere = run.Elsewhere,
            StoppedBecause = run.StoppedBecause,
        };
    }

    /// <summary>The next subscriber this run may mail, claimed; null when none is left or the run stops.</summary>
    private async Task<(Subscriber, Claim)?> NextAsync(Run run, CancellationToken ct)
    {
        while (!run.Cancelled && run.StoppedBecause is null && !ct.IsCancellationRequested && run.Queue.TryDequeue(out var subscriber))
        {
            if (await ClaimAsync(run.BriefId, subscriber.Id, run.Deliveries.GetValueOrDefault(subscriber.Id)) is { } claim)
            {
                run.Deliveries[subscriber.Id] = claim.Row;
                return (subscriber, claim);
            }

            run.Elsewhere++;
        }

        run.Cancelled |= ct.IsCancellationRequested && run.Queue.Count > 0;
        return null;
    }

    /// <summary>
    /// Records what became of one message, whatever the caller's token says (it has gone, or failed, either
    /// way); a message stopped before its first attempt records nothing and lets its claim go (null). A run of
    /// transient failures as long as <see cref="Run.Breaker"/> stops the run.
    /// </summary>
    private async Task<DeliveryReport?> RecordAsync(Run run, Subscriber subscriber, Claim claim, string messageId, int attempts, Exception? failure, bool stopped)
    {
        run.Cancelled |= stopped;
        if (stopped && attempts == 0)
        {
            await ReleaseAsync(claim);
            return null;
        }

        var delivery = claim.Row;
        delivery.Attempts += attempts;
        delivery.LastAttemptAt = clock.GetUtcNow();
        delivery.MessageId = messageId;
        if (failure is null && !stopped)
        {
            delivery.Status = DeliveryStatus.Sent;
            delivery.LastError = null;
            run.Sent++;
            run.InARow = 0;
            EmailLog.Sent(logger, run.BriefId, subscriber.Id, messageId);
        }
        else
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = failure is null ? "Stopped before this message was sent." : SmtpFailures.Describe(failure);
            run.Failures.Add(new DeliveryReport(subscriber.Email, DeliveryStatus.Failed, attempts, delivery.LastError));
            if (failure is not null && SmtpFailures.IsTransient(failure) && ++run.InARow >= run.Breaker)
            {
                run.StoppedBecause ??= $"the SMTP server failed {run.InARow} messages in a row ({delivery.LastError}); the rest wait for the next send";
            }

            EmailLog.Failed(logger, run.BriefId, subscriber.Id, attempts, delivery.LastError);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return new DeliveryReport(subscriber.Email, delivery.Status, attempts, delivery.LastError);
    }

    /// <summary>
    /// Hands one message to the server, with retries: the attempts made, the last failure (null when it
    /// went), and whether the caller's token stopped it while it waited to retry.
    /// </summary>
    private async Task<(int Attempts, Exception? Failure, bool Stopped)> MailAsync(
        SmtpConnection connection, ResiliencePipeline pipeline, MailMessage message, CancellationToken ct)
    {
        using var _ = message;
        var attempts = 0;
        Exception? failure = null;
        try
        {
            await pipeline.ExecuteAsync(
                async _ =>
                {
                    attempts++;
                    try
                    {
                        await connection.SendAsync(message, clock);
                    }
                    catch (Exception e)
                    {
                        failure = e;
                        throw;
                    }

                    failure = null;
                },
                ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled while waiting to retry: the failure so far is recorded, then the run stops.
            return (attempts, failure, true);
        }
        catch (Exception e) when (e is SmtpException or IOException or System.Net.Sockets.SocketException or OperationCanceledException or TimeoutException)
        {
            failure = e;
        }

        return (attempts, failure, false);
    }

    /// <summary>
    /// How long a claim (<see cref="DeliveryStatus.Sending"/>) holds: far longer than a message can take
    /// with its retries, so only the claim of a send that died is taken over (its message may or may not
    /// have gone; sending it again is the lesser harm than never sending it).
    /// </summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Claims a subscriber's delivery for this send, in the store, before mailing: a new row (the unique
    /// brief-subscriber key refuses a second), or a failed or stale row changed only if nobody changed it
    /// since it was read. Null when another send holds or has just taken it.
    /// </summary>
    private async Task<Claim?> ClaimAsync(long briefId, long subscriberId, Delivery? known)
    {
        // Not the caller's token: a claim is made and recorded whole, or not at all.
        var ct = CancellationToken.None;
        var now = clock.GetUtcNow();
        if (known is null)
        {
            var claim = new Delivery { BriefId = briefId, SubscriberId = subscriberId, Status = DeliveryStatus.Sending, LastAttemptAt = now };
            db.Deliveries.Add(claim);
            try
            {
                await db.SaveChangesAsync(ct);
                return new Claim(claim, null);
            }
            catch (DbUpdateException)
            {
                db.Entry(claim).State = EntityState.Detached;
                return null;
            }
        }

        if (known.Status == DeliveryStatus.Sent || (known.Status == DeliveryStatus.Sending && known.LastAttemptAt > now - ClaimTimeout))
        {
            return null;
        }

        var (status, at) = (known.Status, known.LastAttemptAt);
        var taken = await db.Deliveries.Where(d => d.Id == known.Id && d.Status == status && d.LastAttemptAt == at)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Sending).SetProperty(d => d.LastAttemptAt, now), ct);
        if (taken == 0)
        {
            return null;
        }

        // The row as the store now has it, so the outcome is saved over the claim.
        known.Status = DeliveryStatus.Sending;
        known.LastAttemptAt = now;
        db.Entry(known).State = EntityState.Unchanged;
        return new Claim(known, (status, at));
    }

    /// <summary>Lets a claim go unused: a new row is removed, a claimed row gets back what it said before.</summary>
    private async Task ReleaseAsync(Claim claim)
    {
        if (claim.Before is { } before)
        {
            (claim.Row.Status, claim.Row.LastAttemptAt) = before;
        }
        else
        {
            db.Deliveries.Remove(claim.Row);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>A delivery claimed for this send, and what it said before (null for a row the claim created).</summary>
    private sealed record Claim(Delivery Row, (DeliveryStatus Status, DateTimeOffset At)? Before);

    /// <summary>
    /// Whether brief <paramref name="briefId"/> can be sent with these settings: a refusal (not found, a
    /// draft, the settings incomplete, the server unreachable), or the send cleared. Checked before anything
    /// goes out.
    /// </summary>
    public async Task<(MailingResult? Refusal, ClearedSend? Cleared)> CheckAsync(long briefId, SmtpOptions smtp, CancellationToken ct)
    {
        if (smtp.Problem() is { } problem)
        {
            return (MailingResult.Refused(problem), null);
        }

        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == briefId).Select(b => new { b.Status, b.Slug }).FirstOrDefaultAsync(ct);
        if (brief is null)
        {
            return (MailingResult.NotFound($"Brief {briefId}"), null);
        }

        if (brief.Status != BriefStatus.Published)
        {
            return (MailingResult.Refused($"Brief {brief.Slug} is a draft: publish it before sending it by email."), null);
        }

        return await UnreachableAsync(smtp, ct) is { } unreachable
            ? (MailingResult.Refused(unreachable), null)
            : (null, new ClearedSend(briefId, smtp));
    }

    /// <summary>
    /// Why the SMTP server cannot be reached (a connection refused, a name that does not resolve, no answer
    /// within the timeout, up to 10 s), or null: a server that is down refuses the send before any reader
    /// is claimed, rather than failing each message after its retries.
    /// </summary>
    private static async Task<string?> UnreachableAsync(SmtpOptions smtp, CancellationToken ct)
    {
        var host = smtp.Host!.Trim();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Min(smtp.TimeoutSeconds, 10)));
        try
        {
            using var probe = new System.Net.Sockets.TcpClient();
            await probe.ConnectAsync(host, smtp.Port, timeout.Token);
            return null;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return $"Cannot reach the SMTP server {host}:{smtp.Port}: " + (e is OperationCanceledException ? "no answer in time." : e.Message);
        }
    }

    /// <summary>Where the deliveries of a brief stand: sent, failed, and being sent (claimed by a send now).</summary>
    public async Task<(int Sent, int Failed, int Sending)> ProgressAsync(long briefId, CancellationToken ct)
    {
        var counts = await db.Deliveries.AsNoTracking().Where(d => d.BriefId == briefId)
            .GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(DeliveryStatus status) => counts.FirstOrDefault(c => c.Key == status)?.Count ?? 0;
        return (Of(DeliveryStatus.Sent), Of(DeliveryStatus.Failed), Of(DeliveryStatus.Sending));
    }

    /// <summary>How many messages a send would go out now: active subscribers the brief has not reached.</summary>
    public async Task<int> PendingCountAsync(long briefId, CancellationToken ct)
    {
        var reached = db.Deliveries.Where(d => d.BriefId == briefId && d.Status == DeliveryStatus.Sent).Select(d => d.SubscriberId);
        return await db.Subscribers.CountAsync(s => s.Status == SubscriberStatus.Active && !reached.Contains(s.Id), ct);
    }

    private ResiliencePipeline RetryPipeline(SmtpOptions smtp, long briefId)
    {
        if (smtp.MaxAttempts <= 1)
        {
            return ResiliencePipeline.Empty;
        }

        // Delays run on the injected clock, so tests and callers decide what a wait costs.
        return new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(SmtpFailures.IsTransient),
                MaxRetryAttempts = smtp.MaxAttempts - 1,
                Delay = TimeSpan.FromMilliseconds(smtp.RetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    EmailLog.Retrying(logger, briefId, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, SmtpFailures.Describe(args.Outcome.Exception!));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static async Task<string?> PasswordAsync(SmtpOptions smtp, CancellationToken ct) =>
        smtp.PasswordFile is { } file ? (await File.ReadAllLinesAsync(file, ct)).FirstOrDefault() : smtp.Password;

    /// <summary>
    /// What one send shares between its workers: the subscribers left, their deliveries, and the tally.
    /// The store's context is not thread-safe, so workers take turns (<see cref="InTurnAsync"/>) to claim
    /// and record; the messages themselves go out side by side.
    /// </summary>
    private sealed class Run(long briefId, IEnumerable<Subscriber> pending, Dictionary<long, Delivery> deliveries, int breaker) : IDisposable
    {
        private readonly SemaphoreSlim _turn = new(1, 1);

        public long BriefId { get; } = briefId;

        public Queue<Subscriber> Queue { get; } = new(pending);

        public Dictionary<long, Delivery> Deliveries { get; } = deliveries;

        /// <summary>Transient failures in a row, each after its retries, that stop the run: the server is down or refusing it.</summary>
        public int Breaker { get; } = breaker;

        public List<DeliveryReport> Failures { get; } = [];

        public int Sent { get; set; }

        public int Elsewhere { get; set; }

        public int InARow { get; set; }

        public bool Cancelled { get; set; }

        public string? StoppedBecause { get; set; }

        public async Task<T> InTurnAsync<T>(Func<Task<T>> work)
        {
            await _turn.WaitAsync(CancellationToken.None);
            try
            {
                return await work();
            }
            finally
            {
                _turn.Release();
            }
        }

        public void Dispose() => _turn.Dispose();
    }

    /// <summary>
    /// One SmtpClient for the run, so consecutive messages share a connection; after any failure it
    /// is replaced, because a client whose connection broke mid-conversation cannot be trusted.
    /// </summary>
    private sealed class SmtpConnection(SmtpOptions smtp, string? password) : IDisposable
    {
        private SmtpClient? _client;

        public async Task SendAsync(MailMessage message, TimeProvider clock)
        {
            _client ??= Create();
            // Not the caller's token: a message is never abandoned half-sent. SendMailAsync ignores
            // SmtpClient.Timeout, so the timeout is a token of its own.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(smtp.TimeoutSeconds), clock);
            try
            {
                await _client.SendMailAsync(message, timeout.Token);
            }
            catch (Exception)
            {
                _client.Dispose();
                _client = null;
                throw;
            }
        }

        public void Dispose() => _client?.Dispose();

        private SmtpClient Create() => new(smtp.Host!.Trim(), smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Credentials = string.IsNullOrEmpty(smtp.UserName) ? null : new NetworkCredential(smtp.UserName, password),
        };
    }
}
