using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing.Email;
using Newsdesk.Core.Storage;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk send [SLUG] [--latest]`: mails a published brief to every active subscriber, one
/// message each. The SMTP flags override the Smtp section and Newsdesk__Smtp__* variables.
/// </summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var slug = new Argument<string?>("slug") { Description = "The published brief's slug (as in /archive/SLUG)", Arity = ArgumentArity.ZeroOrOne };
        var latest = new Option<bool>("--latest") { Description = "Send the most recently published brief" };
        var host = new Option<string?>("--smtp-host") { Description = "SMTP server (Smtp:Host)" };
        var port = new Option<int?>("--smtp-port") { Description = "SMTP port (Smtp:Port, default 25)" };
        var ssl = new Option<bool>("--smtp-ssl") { Description = "Use STARTTLS (Smtp:EnableSsl)" };
        var user = new Option<string?>("--smtp-user") { Description = "SMTP user name (Smtp:UserName)" };
        var passwordFile = new Option<string?>("--smtp-password-file") { Description = "File whose first line is the SMTP password (Smtp:PasswordFile)" };
        var from = new Option<string?>("--from") { Description = "Sender address (Smtp:From)" };
        var fromName = new Option<string?>("--from-name") { Description = "Sender name (Smtp:FromName)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Public address of the newsroom for unsubscribe and web links (Newsroom:PublicBaseUrl)" };
        var command = new Command("send", "Send a published brief by email to every active subscriber (again: only to those it has not reached)")
        {
            slug, latest, host, port, ssl, user, passwordFile, from, fromName, baseUrl,
        };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(slug);
            if (chosen is null == !parse.GetValue(latest))
            {
                await Console.Error.WriteLineAsync("newsdesk send: name a brief's slug, or use --latest (not both).");
                return 2;
            }

            var overrides = new Dictionary<string, string?>();
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    overrides[key] = value;
                }
            }

            Set("Smtp:Host", parse.GetValue(host));
            Set("Smtp:Port", parse.GetValue(port)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Set("Smtp:EnableSsl", parse.GetValue(ssl) ? "true" : null);
            Set("Smtp:UserName", parse.GetValue(user));
            Set("Smtp:PasswordFile", parse.GetValue(passwordFile));
            Set("Smtp:From", parse.GetValue(from));
            Set("Smtp:FromName", parse.GetValue(fromName));
            Set("Newsroom:PublicBaseUrl", parse.GetValue(baseUrl));
            using var app = await CliHost.StartAsync(parse, ct, overrides);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
            var brief = chosen is null
                ? await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published)
                    .OrderByDescending(b => b.PublishedAt).ThenByDescending(b => b.Id).Select(b => new { b.Id, b.Slug }).FirstOrDefaultAsync(ct)
                : await db.Briefs.AsNoTracking().Where(b => b.Slug == chosen).Select(b => new { b.Id, b.Slug }).FirstOrDefaultAsync(ct);
            if (brief is null)
            {
                await Console.Error.WriteLineAsync(chosen is null ? "newsdesk send: no brief is published yet." : $"newsdesk send: no brief has the slug '{chosen}'.");
                return 1;
            }

            var smtp = scope.ServiceProvider.GetRequiredService<IOptions<SmtpOptions>>().Value;
            var configuration = app.Services.GetRequiredService<IConfiguration>();
            var root = BriefLetter.BaseUri(configuration["Newsroom:PublicBaseUrl"]);
            var mailer = scope.ServiceProvider.GetRequiredService<BriefMailer>();
            var pending = await mailer.PendingCountAsync(brief.Id, ct);
            var result = pending > 0 && !Console.IsErrorRedirected && !Console.IsOutputRedirected
                ? await SendWithProgressAsync(mailer, brief.Id, pending, smtp, root, ct)
                : await mailer.SendAsync(brief.Id, smtp, root, null, ct);
            if (result.Status != MailingStatus.Done)
            {
                await Console.Error.WriteLineAsync($"newsdesk send: {result.Problem}");
                return 1;
            }

            if (root is null && result.Sent > 0)
            {
                await Console.Error.WriteLineAsync("Note: Newsroom:PublicBaseUrl (or --base-url) is not set, so the messages carry no unsubscribe link.");
            }

            foreach (var failure in result.Failures)
            {
                await Console.Out.WriteLineAsync($"failed: {failure.Email}: {failure.Error}");
            }

            await Console.Out.WriteLineAsync($"{brief.Slug}: {result.SummaryLine}");
            return result.Failed == 0 && !result.Cancelled ? 0 : 1;
        });
        return command;
    }

    private static async Task<MailingResult> SendWithProgressAsync(BriefMailer mailer, long briefId, int pending, SmtpOptions smtp, Uri? root, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Sending to {pending} subscriber(s)", maxValue: pending);
                var result = await mailer.SendAsync(briefId, smtp, root, _ => task.Increment(1), ct);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
