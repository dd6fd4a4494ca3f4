using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Hosting;

namespace Newsdesk.Cli;

/// <summary>Developer tools: the SQL the model implies, as a starting point for a hand-written migration.</summary>
internal static class DevCommand
{
    public static Command Create()
    {
        var provider = new Option<DatabaseProvider>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var schema = new Command("schema-sql", "Print the CREATE script of the current model for a provider") { provider };
        schema.SetAction(async (parse, ct) =>
        {
            var options = new DbContextOptionsBuilder<NewsdeskDb>();
            var db = new DatabaseOptions { Provider = parse.GetValue(provider), ConnectionString = "Host=localhost;Database=x" };
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                db.ConnectionString = "Data Source=:memory:";
            }

            NewsdeskServices.ConfigureDatabase(options, db, Path.GetTempPath());
            await using var context = new NewsdeskDb(options.Options);
            await Console.Out.WriteLineAsync(context.Database.GenerateCreateScript().AsMemory(), ct);
            return 0;
        });
        var dev = new Command("dev", "Developer tools") { Hidden = true };
        dev.Subcommands.Add(schema);
        return dev;
    }
}
