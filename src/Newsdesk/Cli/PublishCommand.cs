using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Briefs;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Storage;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk publish SLUG`: publishes a drafted brief as it stands (the composer's Publish), so a
/// scheduled job can run `brief`, `publish` and `send --latest` without the newsroom.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The brief's slug: the day it covers (yyyy-MM-dd), as `newsdesk brief` drafts it" };
        var command = new Command("publish", "Publish a drafted brief as it stands: the archive, the feeds and `send` show this edition") { slug };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(slug)!.Trim();
            using var app = await CliHost.StartAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
            var brief = await db.Briefs.AsNoTracking().Where(b => b.Slug == chosen).Select(b => new { b.Id, b.Status, b.Version }).FirstOrDefaultAsync(ct);
            if (brief is null)
            {
                await Console.Error.WriteLineAsync($"newsdesk publish: no brief has the slug '{chosen}' (draft one with `newsdesk brief --date {chosen}`).");
                return 1;
            }

            if (brief.Status == BriefStatus.Published)
            {
                await Console.Out.WriteLineAsync($"{chosen} is already published: /archive/{chosen}");
                return 0;
            }

            var change = await scope.ServiceProvider.GetRequiredService<BriefEditor>().PublishAsync(brief.Id, brief.Version, ct);
            if (!change.Succeeded)
            {
                await Console.Error.WriteLineAsync($"newsdesk publish: {change.Message}");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Published {chosen}: /archive/{chosen}");
            return 0;
        });
        return command;
    }
}
