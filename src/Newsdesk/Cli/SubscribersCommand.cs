using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Publishing.Email;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>`newsdesk subscribers`: who receives the brief by email.</summary>
internal static class SubscribersCommand
{
    public static Command Create()
    {
        var subscribers = new Command("subscribers", "Readers who receive published briefs by email");
        subscribers.Subcommands.Add(Add());
        subscribers.Subcommands.Add(Remove());
        subscribers.Subcommands.Add(List());
        subscribers.Subcommands.Add(Import());
        return subscribers;
    }

    private static Argument<string> EmailArgument() => new("email") { Description = "The reader's email address" };

    private static Command Add()
    {
        var email = EmailArgument();
        var name = new Option<string?>("--name") { Description = "The reader's name, for the To: line" };
        var command = new Command("add", "Subscribe an address (again, if it had unsubscribed)") { email, name };
        command.SetAction(async (parse, ct) => await WithListAsync(parse, ct, async list =>
            Report(await list.AddAsync(parse.GetValue(email)!, parse.GetValue(name), ct))));
        return command;
    }

    private static Command Remove()
    {
        var email = EmailArgument();
        var command = new Command("remove", "Unsubscribe an address (its delivery history stays)") { email };
        command.SetAction(async (parse, ct) => await WithListAsync(parse, ct, async list =>
            Report(await list.RemoveAsync(parse.GetValue(email)!, ct))));
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table" };
        var command = new Command("list", "List subscribers, active and unsubscribed") { json };
        command.SetAction(async (parse, ct) => await WithListAsync(parse, ct, async list =>
        {
            var rows = (await list.ListAsync(ct)).Select(s => new SubscriberRow(
                s.Email, s.Name, s.Status.ToString().ToLowerInvariant(), s.CreatedAt, s.UnsubscribedAt)).ToList();
            if (parse.GetValue(json))
            {
                foreach (var row in rows)
                {
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(row, CliJson.Default.SubscriberRow).AsMemory(), ct);
                }

                return 0;
            }

            var table = new Table().AddColumns("Email", "Name", "Status", "Since");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Email), Markup.Escape(r.Name ?? ""), r.Status, Time(r.UnsubscribedAt ?? r.CreatedAt));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{rows.Count(r => r.Status == "active")} active, {rows.Count(r => r.Status != "active")} unsubscribed[/]");
            return 0;
        }));
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file with an 'email' column and optionally a 'name' column" };
        var command = new Command("import", "Subscribe every address of a CSV file; bad rows are reported by line, the rest imported") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }

            return await WithListAsync(parse, ct, async list =>
            {
                using var reader = new StreamReader(path.FullName);
                var import = await list.ImportCsvAsync(reader, ct);
                foreach (var problem in import.Problems)
                {
                    await Console.Out.WriteLineAsync($"failed: {path.Name} {problem}".AsMemory(), ct);
                }

                await Console.Out.WriteLineAsync(import.SummaryLine.AsMemory(), ct);
                return import.Problems.Count == 0 ? 0 : 1;
            });
        });
        return command;
    }

    private static async Task<int> WithListAsync(ParseResult parse, CancellationToken ct, Func<MailingList, Task<int>> action)
    {
        using var host = await CliHost.StartAsync(parse, ct);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MailingList>());
    }

    private static int Report(SubscriberChange change)
    {
        if (!change.Succeeded)
        {
            Console.Error.WriteLine(change.Message);
            return 1;
        }

        Console.Out.WriteLine(change.Message);
        return 0;
    }

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

internal sealed record SubscriberRow(string Email, string? Name, string Status, DateTimeOffset CreatedAt, DateTimeOffset? UnsubscribedAt);
