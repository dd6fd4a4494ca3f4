using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Publishing;

/// <summary>BriefMailer against Postfix's smtp-sink, healthy and faulty (-f: 5xx, -r: 4xx), on both providers.</summary>
public sealed class BriefDeliveryTests
{
    private static readonly string[] Readers = ["ann@example.org", "Bo@Example.org", "chen@example.net"];

    private static async Task<(MailingFixture Fixture, long BriefId)> PublishedWithReadersAsync(DatabaseProvider provider)
    {
        var fixture = await MailingFixture.CreateAsync(provider);
        var brief = await fixture.BriefAsync();
        foreach (var reader in Readers)
        {
            Assert.Equal(SubscriberOutcome.Added, (await fixture.AddAsync(reader, reader[..3])).Outcome);
        }

        await fixture.AddAsync("gone@example.org");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var removed = await scope.ServiceProvider.GetRequiredService<MailingList>().RemoveAsync("GONE@example.org", default);
            Assert.Equal(SubscriberOutcome.Unsubscribed, removed.Outcome);
        }

        return (fixture, brief);
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Send_ThreeActiveOneUnsubscribed_OneMessageEach_WithItsOwnUnsubscribeLink(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var sink = await SmtpSink.StartAsync();

        var result = await fixture.SendAsync(brief, MailingFixture.Smtp(sink));

        Assert.Equal((MailingStatus.Done, 3, 0, 0), (result.Status, result.Sent, result.AlreadySent, result.Failed));
        var subscribers = await fixture.WithDbAsync(db => db.Subscribers.AsNoTracking().ToListAsync());
        var mails = sink.Messages().Select(MailDump.Parse).ToList();
        Assert.Equal(3, mails.Count);
        Assert.Equal(Readers.Order(StringComparer.Ordinal), mails.Select(m => Assert.Single(m.Recipients)).Order(StringComparer.Ordinal));
        var messageIds = new HashSet<string>();
        foreach (var mail in mails)
        {
            var to = mail.Recipients[0];
            var own = subscribers.Single(s => s.Email == to);
            Assert.Equal("Korea Security Brief (Saturday 21 November 2026)", mail.Header("Subject"));
            Assert.Contains("desk@newsdesk.test", mail.Header("From"), StringComparison.Ordinal);
            Assert.Contains(to, mail.Header("To"), StringComparison.Ordinal);
            Assert.True(messageIds.Add(mail.Header("Message-ID")!), "Message-IDs repeat");
            var link = $"https://desk.example/unsubscribe/{own.UnsubscribeToken}";
            Assert.Equal($"<{link}>", mail.Header("List-Unsubscribe"));
            Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
            Assert.Contains("multipart/alternative", mail.Header("Content-Type"), StringComparison.Ordinal);
            Assert.Contains(MailingFixture.FirstHeadline, mail.Text, StringComparison.Ordinal);
            Assert.Contains(MailingFixture.SecondHeadline, mail.Html, StringComparison.Ordinal);
            Assert.Contains("<h1", mail.Html, StringComparison.Ordinal);
            Assert.Contains("Unsubscribe: " + link, mail.Text, StringComparison.Ordinal);
            Assert.Contains($"href=\"{link}\"", mail.Html, StringComparison.Ordinal);
            Assert.Contains("https://desk.example/archive/2026-11-21", mail.Html, StringComparison.Ordinal);
            foreach (var other in subscribers.Where(s => s.Id != own.Id))
            {
                Assert.DoesNotContain(other.UnsubscribeToken, mail.Text + mail.Html, StringComparison.Ordinal);
                Assert.DoesNotContain(other.Email, string.Join('\n', mail.Headers.Select(h => h.Value)) + mail.Text + mail.Html, StringComparison.OrdinalIgnoreCase);
            }
        }

        var deliveries = await fixture.WithDbAsync(db => db.Deliveries.AsNoTracking().Where(d => d.BriefId == brief).ToListAsync());
        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.Sent, 1, null), (d.Status, d.Attempts, d.LastError)));
        Assert.Equal(messageIds.Order(StringComparer.Ordinal), deliveries.Select(d => d.MessageId!).Order(StringComparer.Ordinal));
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Send_Again_SendsNothing_AndCountsThemAlreadySent(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var sink = await SmtpSink.StartAsync();
        Assert.Equal(3, (await fixture.SendAsync(brief, MailingFixture.Smtp(sink))).Sent);

        var again = await fixture.SendAsync(brief, MailingFixture.Smtp(sink));

        Assert.Equal((0, 3, 0), (again.Sent, again.AlreadySent, again.Failed));
        Assert.Equal("sent 0, already sent 3, failed 0", again.SummaryLine);
        Assert.Equal(3, sink.Messages().Count);
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_Draft_IsRefused_AndNothingIsSent(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        var draft = await fixture.BriefAsync(publish: false);
        await fixture.AddAsync("ann@example.org");
        await using var sink = await SmtpSink.StartAsync();

        var result = await fixture.SendAsync(draft, MailingFixture.Smtp(sink));

        Assert.Equal(MailingStatus.Refused, result.Status);
        Assert.Equal("Brief 2026-11-21 is a draft: publish it before sending it by email.", result.Problem);
        Assert.Empty(sink.Messages());
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_WithoutHostOrSender_IsRefusedBeforeAnything(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        var brief = await fixture.BriefAsync();
        await fixture.AddAsync("ann@example.org");

        var noHost = await fixture.SendAsync(brief, new SmtpOptions { From = "desk@newsdesk.test" });
        var noFrom = await fixture.SendAsync(brief, new SmtpOptions { Host = "127.0.0.1" });

        Assert.Equal(MailingStatus.Refused, noHost.Status);
        Assert.StartsWith("No SMTP server is configured", noHost.Problem, StringComparison.Ordinal);
        Assert.Equal(MailingStatus.Refused, noFrom.Status);
        Assert.StartsWith("No sender address is configured", noFrom.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Send_RecipientRejectedWith5xx_AllFailedOnce_ThenAHealthyServerDeliversEachOnce(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        MailingResult rejected;
        await using (var refusing = await SmtpSink.StartAsync(["-f", "RCPT"]))
        {
            rejected = await fixture.SendAsync(brief, MailingFixture.Smtp(refusing));
            Assert.Empty(refusing.Messages());
        }

        Assert.Equal((MailingStatus.Done, 0, 0, 3), (rejected.Status, rejected.Sent, rejected.AlreadySent, rejected.Failed));
        Assert.Equal(Readers.Order(StringComparer.Ordinal), rejected.Failures.Select(f => f.Email).Order(StringComparer.Ordinal));
        var failed = await fixture.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.Equal(3, failed.Count);
        Assert.All(failed, d =>
        {
            Assert.Equal(DeliveryStatus.Failed, d.Status);
            Assert.Equal(1, d.Attempts);
            Assert.Contains("5.", d.LastError, StringComparison.Ordinal);
        });
        Assert.All(rejected.Failures, f => Assert.Equal(failed[0].LastError, f.Error));

        await using var healthy = await SmtpSink.StartAsync();
        var retried = await fixture.SendAsync(brief, MailingFixture.Smtp(healthy));
        var again = await fixture.SendAsync(brief, MailingFixture.Smtp(healthy));

        Assert.Equal((3, 0, 0), (retried.Sent, retried.AlreadySent, retried.Failed));
        Assert.Equal((0, 3), (again.Sent, again.AlreadySent));
        Assert.Equal(Readers.Order(StringComparer.Ordinal), healthy.Messages().Select(m => Assert.Single(MailDump.Parse(m).Recipients)).Order(StringComparer.Ordinal));
        var sent = await fixture.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.All(sent, d => Assert.Equal((DeliveryStatus.Sent, 2, null), (d.Status, d.Attempts, d.LastError)));
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_RecipientDeferredWith4xx_IsRetried_ThenFailed(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var deferring = await SmtpSink.StartAsync(["-r", "RCPT"]);

        var result = await fixture.SendAsync(brief, MailingFixture.Smtp(deferring));

        Assert.Equal((0, 3), (result.Sent, result.Failed));
        Assert.All(result.Failures, f => Assert.Equal(3, f.Attempts));
        var deliveries = await fixture.WithDbAsync(db => db.Deliveries.AsNoTracking().ToListAsync());
        Assert.All(deliveries, d =>
        {
            Assert.Equal((DeliveryStatus.Failed, 3), (d.Status, d.Attempts));
            Assert.Contains("4.", d.LastError, StringComparison.Ordinal);
        });
        Assert.Empty(deferring.Messages());
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_ConnectionDroppedAtData_IsRetried_ThenFailed(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var dropping = await SmtpSink.StartAsync(["-q", "DATA"]);

        var result = await fixture.SendAsync(brief, MailingFixture.Smtp(dropping));

        Assert.Equal((0, 3), (result.Sent, result.Failed));
        Assert.All(result.Failures, f => Assert.Equal(3, f.Attempts));
    }

    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_Cancelled_StopsBetweenMessages_KeepsWhatWasSent_AndTheNextSendFinishes(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var sink = await SmtpSink.StartAsync();
        using var cts = new CancellationTokenSource();
        // One connection, so "between messages" is exact: with several, the messages in flight finish too.
        var smtp = MailingFixture.Smtp(sink);
        smtp.Connections = 1;

        var stopped = await fixture.SendAsync(brief, smtp, _ => cts.Cancel(), cts.Token);

        Assert.True(stopped.Cancelled);
        Assert.Equal((1, 0), (stopped.Sent, stopped.Failed));
        Assert.Single(sink.Messages());
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Sent)));

        var rest = await fixture.SendAsync(brief, MailingFixture.Smtp(sink));
        Assert.Equal((2, 1, false), (rest.Sent, rest.AlreadySent, rest.Cancelled));
        Assert.Equal(3, sink.Messages().Count);
    }

    /// <summary>Two sends of one brief at once (two editors, or the button and a scheduled job): each reader gets one message.</summary>
    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Send_TwoAtOnce_MailEachSubscriberOnce(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        var brief = await fixture.BriefAsync();
        var readers = Enumerable.Range(1, 60).Select(i => $"reader{i}@example.org").ToList();
        foreach (var reader in readers)
        {
            Assert.Equal(SubscriberOutcome.Added, (await fixture.AddAsync(reader)).Outcome);
        }

        await using var sink = await SmtpSink.StartAsync();
        var results = await Task.WhenAll(
            Task.Run(() => fixture.SendAsync(brief, MailingFixture.Smtp(sink))),
            Task.Run(() => fixture.SendAsync(brief, MailingFixture.Smtp(sink))));

        Assert.Equal(readers.Order(StringComparer.Ordinal), sink.Messages().Select(m => Assert.Single(MailDump.Parse(m).Recipients)).Order(StringComparer.Ordinal));
        Assert.Equal(60, results.Sum(r => r.Sent));
        Assert.All(results, r => Assert.Equal(0, r.Failed));
        Assert.All(results, r => Assert.Equal(60, r.Sent + r.AlreadySent + r.Elsewhere));
        Assert.Equal(60, await fixture.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Sent)));
    }

    /// <summary>A reader another send is mailing is left to it; the claim of a send that died is taken over.</summary>
    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_LeavesAFreshClaim_TakesOverAStaleOne(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        await using var sink = await SmtpSink.StartAsync();
        var now = fixture.Clock.GetUtcNow();
        await fixture.WithDbAsync(async db =>
        {
            var fresh = await db.Subscribers.Where(s => s.Email == Readers[0]).Select(s => s.Id).SingleAsync();
            var stale = await db.Subscribers.Where(s => s.Email == Readers[1]).Select(s => s.Id).SingleAsync();
            db.Deliveries.Add(new Delivery { BriefId = brief, SubscriberId = fresh, Status = DeliveryStatus.Sending, LastAttemptAt = now - TimeSpan.FromMinutes(1) });
            db.Deliveries.Add(new Delivery { BriefId = brief, SubscriberId = stale, Status = DeliveryStatus.Sending, LastAttemptAt = now - BriefMailer.ClaimTimeout - TimeSpan.FromMinutes(1) });
            return await db.SaveChangesAsync();
        });

        var result = await fixture.SendAsync(brief, MailingFixture.Smtp(sink));

        Assert.Equal((2, 0, 1, 0), (result.Sent, result.AlreadySent, result.Elsewhere, result.Failed));
        Assert.Equal("sent 2, already sent 0, failed 0, 1 left to another send in progress", result.SummaryLine);
        Assert.Equal([Readers[1], Readers[2]], sink.Messages().Select(m => Assert.Single(MailDump.Parse(m).Recipients)).Order(StringComparer.Ordinal));
    }

    /// <summary>Cancelled while several connections mail at once: the messages in flight finish and are recorded, the next send mails the rest, nobody twice.</summary>
    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_CancelledWithSeveralConnections_NextSendMailsTheRest_NobodyTwice(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        var brief = await fixture.BriefAsync();
        var readers = Enumerable.Range(1, 30).Select(i => $"reader{i}@example.org").ToList();
        foreach (var reader in readers)
        {
            await fixture.AddAsync(reader);
        }

        await using var sink = await SmtpSink.StartAsync();
        using var cts = new CancellationTokenSource();
        var smtp = MailingFixture.Smtp(sink);
        smtp.Connections = 4;

        var stopped = await fixture.SendAsync(brief, smtp, r => cts.CancelAfter(0), cts.Token);

        Assert.True(stopped.Cancelled);
        Assert.InRange(stopped.Sent, 1, 29);
        Assert.Equal(0, stopped.Failed);
        Assert.Equal(stopped.Sent, sink.Messages().Count);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Status != DeliveryStatus.Sent)));

        var rest = await fixture.SendAsync(brief, smtp);
        Assert.Equal((30 - stopped.Sent, stopped.Sent, 0), (rest.Sent, rest.AlreadySent, rest.Failed));
        Assert.Equal(readers.Order(StringComparer.Ordinal), sink.Messages().Select(m => Assert.Single(MailDump.Parse(m).Recipients)).Order(StringComparer.Ordinal));
    }

    /// <summary>A server that is down refuses the send before any reader is claimed, naming where it looked.</summary>
    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_ServerUnreachable_IsRefusedBeforeAnyReaderIsClaimed(DatabaseProvider provider)
    {
        var (fixture, brief) = await PublishedWithReadersAsync(provider);
        await using var _ = fixture;
        var port = ProcessRunner.FreePort();
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, From = "desk@newsdesk.test", TimeoutSeconds = 5 };

        var result = await fixture.SendAsync(brief, smtp);

        Assert.Equal(MailingStatus.Refused, result.Status);
        Assert.StartsWith($"Cannot reach the SMTP server 127.0.0.1:{port}: ", result.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    /// <summary>A server that fails message after message (here: it drops every connection at DATA) stops the run; the rest wait for the next send.</summary>
    [RequiresTheory(Component.SmtpSink)]
    [ProviderData(DatabaseProvider.Sqlite)]
    public async Task Send_ServerFailingMessageAfterMessage_StopsTheRun_TheRestWait(DatabaseProvider provider)
    {
        await using var fixture = await MailingFixture.CreateAsync(provider);
        var brief = await fixture.BriefAsync();
        foreach (var n in Enumerable.Range(1, 10))
        {
            await fixture.AddAsync($"reader{n}@example.org");
        }

        await using var dropping = await SmtpSink.StartAsync(["-q", "DATA"]);
        var smtp = MailingFixture.Smtp(dropping);
        smtp.Connections = 1;

        var result = await fixture.SendAsync(brief, smtp);

        Assert.Equal((0, 3), (result.Sent, result.Failed));
        Assert.NotNull(result.StoppedBecause);
        Assert.Contains("(stopped: the SMTP server failed 3 messages in a row", result.SummaryLine, StringComparison.Ordinal);
        Assert.Equal(3, await fixture.WithDbAsync(db => db.Deliveries.CountAsync()));
    }
}
