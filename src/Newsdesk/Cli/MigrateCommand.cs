using System.CommandLine;

namespace Newsdesk.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the store (every command also does this on start)");
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await Console.Out.WriteLineAsync("The store is up to date.");
            return 0;
        });
        return command;
    }
}
