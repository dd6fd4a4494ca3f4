using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>`newsdesk users`: newsroom accounts and API tokens.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Newsroom accounts (admin, editor, viewer) and API tokens");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(Token());
        users.Subcommands.Add(SetRole());
        users.Subcommands.Add(SetPassword());
        users.Subcommands.Add(Remove());
        return users;
    }

    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "Read the password from the first line of standard input" };

    private static readonly Option<FileInfo?> PasswordFile = new("--password-file") { Description = "Read the password from the first line of this file" };

    private static Argument<string> NameArgument() => new("name") { Description = "Sign-in name" };

    private static Option<UserRole> RoleOption(bool required) => new("--role")
    {
        Description = "admin, editor or viewer",
        Required = required,
        CustomParser = r => Enum.TryParse<UserRole>(r.Tokens.Single().Value, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : Fail(r, $"Unknown role '{r.Tokens.Single().Value}': use admin, editor or viewer."),
    };

    private static UserRole Fail(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return default;
    }

    private static Command Add()
    {
        var name = NameArgument();
        var role = RoleOption(required: true);
        var display = new Option<string?>("--display-name") { Description = "Name shown in the newsroom" };
        var command = new Command("add", "Create an account (password from --password-stdin, --password-file or a prompt)") { name, role, display, PasswordStdin, PasswordFile };
        command.SetAction(async (parse, ct) =>
        {
            var password = await ReadPasswordAsync(parse, ct);
            if (password is null)
            {
                return 2;
            }

            return await WithAccountsAsync(parse, ct, async a =>
                Report(await a.AddAsync(parse.GetValue(name)!, password, parse.GetValue(role), parse.GetValue(display), ct),
                    u => $"Added {u.UserName} ({u.Role.ToString().ToLowerInvariant()})."));
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List accounts");
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
            var rows = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
            var table = new Table().AddColumns("User", "Role", "Display name", "Last sign-in");
            foreach (var u in rows)
            {
                table.AddRow(Markup.Escape(u.UserName), u.Role.ToString().ToLowerInvariant(), Markup.Escape(u.DisplayName ?? ""),
                    u.LastSignInAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Token()
    {
        var name = NameArgument();
        var label = new Option<string>("--label") { Description = "What the token is for", DefaultValueFactory = _ => "api" };
        var command = new Command("token", "Create an API token for a user and print it (shown once; only its hash is stored)") { name, label };
        command.SetAction(async (parse, ct) => await WithAccountsAsync(parse, ct, async a =>
        {
            var result = await a.CreateTokenAsync(parse.GetValue(name)!, parse.GetValue(label)!, ct);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(result.Error);
                return 1;
            }

            await Console.Out.WriteLineAsync(result.Value);
            await Console.Error.WriteLineAsync("Send it as: Authorization: Bearer <token>. It is not shown again.");
            return 0;
        }));
        return command;
    }

    private static Command SetRole()
    {
        var name = NameArgument();
        var role = RoleOption(required: true);
        var command = new Command("role", "Change a user's role (signs them out)") { name, role };
        command.SetAction(async (parse, ct) => await WithAccountsAsync(parse, ct, async a =>
            Report(await a.SetRoleAsync(parse.GetValue(name)!, parse.GetValue(role), ct), u => $"{u.UserName} is now {u.Role.ToString().ToLowerInvariant()}.")));
        return command;
    }

    private static Command SetPassword()
    {
        var name = NameArgument();
        var command = new Command("passwd", "Set a user's password (signs them out)") { name, PasswordStdin, PasswordFile };
        command.SetAction(async (parse, ct) =>
        {
            var password = await ReadPasswordAsync(parse, ct);
            return password is null ? 2 : await WithAccountsAsync(parse, ct, async a =>
                Report(await a.SetPasswordAsync(parse.GetValue(name)!, password, ct), u => $"Password of {u.UserName} changed."));
        });
        return command;
    }

    private static Command Remove()
    {
        var name = NameArgument();
        var command = new Command("remove", "Delete an account and its API tokens") { name };
        command.SetAction(async (parse, ct) => await WithAccountsAsync(parse, ct, async a =>
            Report(await a.RemoveAsync(parse.GetValue(name)!, ct), u => $"Removed {u.UserName}.")));
        return command;
    }

    private static async Task<int> WithAccountsAsync(ParseResult parse, CancellationToken ct, Func<UserAccounts, Task<int>> action)
    {
        using var host = await CliHost.StartAsync(parse, ct);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserAccounts>());
    }

    private static int Report(AccountResult<User> result, Func<User, string> done)
    {
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Error);
            return 1;
        }

        Console.Out.WriteLine(done(result.Value!));
        return 0;
    }

    private static async Task<string?> ReadPasswordAsync(ParseResult parse, CancellationToken ct)
    {
        if (parse.GetValue(PasswordFile) is { } file)
        {
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Password file {file.FullName} does not exist.");
                return null;
            }

            return (await File.ReadAllLinesAsync(file.FullName, ct)).FirstOrDefault() ?? "";
        }

        if (parse.GetValue(PasswordStdin) || Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync(ct) ?? "";
        }

        var first = AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        var again = AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret());
        if (first != again)
        {
            await Console.Error.WriteLineAsync("The passwords differ.");
            return null;
        }

        return first;
    }
}
