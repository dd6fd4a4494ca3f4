using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;
using Newsdesk.Core.Stories;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk stories check|confirm|merge|unmerge|move|history`: the joins worth an editor's look, the editor's answers and corrections, and a story's history. A running server or
/// worker keeps its own live clusterer; it rebuilds the stories concerned before its next batch
/// (<see cref="Core.Stories.StoryEdit"/>).
/// </summary>
internal static class StoriesCommand
{
    /// <summary>Who a story's history says made a change from the command line: the account that ran it.</summary>
    private static string Editor => $"{Environment.UserName} (command line)";

    public static Command Create()
    {
        var stories = new Command("stories", "Correct story clustering: list joins to check, merge two stories or undo a merge, move an article out of one, or show a story's history");
        stories.Subcommands.Add(Merge());
        stories.Subcommands.Add(Unmerge());
        stories.Subcommands.Add(Move());
        stories.Subcommands.Add(Check());
        stories.Subcommands.Add(Confirm());
        stories.Subcommands.Add(History());
        return stories;
    }

    private static Command Merge()
    {
        var from = new Argument<long>("FROM") { Description = "The story to fold in (its articles move; links to it still resolve)" };
        var into = new Argument<long>("INTO") { Description = "The story that keeps them" };
        var command = new Command("merge", "Fold story FROM into story INTO: two stories that report one event") { from, into };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var (f, i) = (parse.GetValue(from), parse.GetValue(into));
            var outcome = await scope.ServiceProvider.GetRequiredService<MergeStories>().MergeAsync(f, i, Editor, ct);
            if (!outcome.Merged)
            {
                await Console.Error.WriteLineAsync($"newsdesk stories merge: {outcome.Reason}".AsMemory(), ct);
                return 1;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"merged story {f} into story {i}").AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static Command Unmerge()
    {
        var story = new Argument<long>("STORY") { Description = "The story that was merged into another" };
        var command = new Command("unmerge", "Undo a merge: story STORY is a story again, with the articles the merge moved") { story };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var id = parse.GetValue(story);
            var outcome = await scope.ServiceProvider.GetRequiredService<UnmergeStory>().UnmergeAsync(id, Editor, ct);
            if (!outcome.Unmerged)
            {
                await Console.Error.WriteLineAsync($"newsdesk stories unmerge: {outcome.Reason}".AsMemory(), ct);
                return 1;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"took story {id} back out of story {outcome.IntoId}: {outcome.Articles} article{(outcome.Articles == 1 ? "" : "s")} came back").AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static Command Move()
    {
        var article = new Argument<long>("ARTICLE") { Description = "The article to move (its copies in the same story go with it)" };
        var into = new Option<long?>("--into") { Description = "The story to move it to (default: a new story of its own)" };
        var command = new Command("move", "Move an article out of its story: into another story, or into a story of its own") { article, into };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var id = parse.GetValue(article);
            var outcome = await scope.ServiceProvider.GetRequiredService<MoveArticle>().MoveAsync(id, parse.GetValue(into), Editor, ct);
            if (!outcome.Moved)
            {
                await Console.Error.WriteLineAsync($"newsdesk stories move: {outcome.Reason}".AsMemory(), ct);
                return 1;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"moved article {id} to story {outcome.StoryId}").AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static Command Confirm()
    {
        var article = new Argument<long>("ARTICLE") { Description = "The article that does report its story's event" };
        var command = new Command("confirm", "Keep an article listed by 'stories check' in its story: it reports the same event") { article };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var id = parse.GetValue(article);
            var outcome = await scope.ServiceProvider.GetRequiredService<ConfirmJoin>().ConfirmAsync(id, Editor, ct);
            if (!outcome.Confirmed)
            {
                await Console.Error.WriteLineAsync($"newsdesk stories confirm: {outcome.Reason}".AsMemory(), ct);
                return 1;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"kept article {id} in story {outcome.StoryId}").AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var days = new Option<int>("--days") { Description = "Look at articles of the last N days", DefaultValueFactory = _ => 7 };
        var limit = new Option<int>("--limit") { Description = "List at most N joins (newest first)", DefaultValueFactory = _ => 50 };
        var command = new Command("check", "List articles that joined their story on weak evidence: a similar but different event, perhaps") { days, limit };
        command.SetAction(async (parse, ct) =>
        {
            var (d, n) = (parse.GetValue(days), parse.GetValue(limit));
            if (d < 1 || n < 1)
            {
                await Console.Error.WriteLineAsync("newsdesk stories check: --days and --limit must be at least 1".AsMemory(), ct);
                return 2;
            }

            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var cutoff = services.GetRequiredService<StoryTracker>().Clusterer.Options.WeakJoinScore;
            var since = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-d);
            var joins = await services.GetRequiredService<NewsdeskDb>().JoinsToCheckAsync(cutoff, since, n, ct);
            if (joins.Count == 0)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"no joins to check in the last {d} days").AsMemory(), ct);
                return 0;
            }

            foreach (var j in joins)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"article {j.ArticleId} in story {j.StoryId} (score {j.Score:0.00}): {j.Title} [{j.Outlet ?? "unknown outlet"}]\n  story: {j.StoryHeadline}").AsMemory(), ct);
            }

            await Console.Out.WriteLineAsync("Not the same event? newsdesk stories move ARTICLE [--into STORY]; the same event? newsdesk stories confirm ARTICLE".AsMemory(), ct);
            return 0;
        });
        return command;
    }

    private static Command History()
    {
        var story = new Argument<long>("STORY") { Description = "The story whose changes to list" };
        var limit = new Option<int>("--limit") { Description = "List at most N changes (newest first)", DefaultValueFactory = _ => 50 };
        var command = new Command("history", "List the changes made to a story after the clusterer placed its articles: moves, splits, merges and their undoing, confirmations, and who made them") { story, limit };
        command.SetAction(async (parse, ct) =>
        {
            var (id, n) = (parse.GetValue(story), parse.GetValue(limit));
            if (n < 1)
            {
                await Console.Error.WriteLineAsync("newsdesk stories history: --limit must be at least 1".AsMemory(), ct);
                return 2;
            }

            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
            if (!await db.Stories.AnyAsync(s => s.Id == id, ct))
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"newsdesk stories history: story {id} does not exist").AsMemory(), ct);
                return 1;
            }

            var changes = await db.HistoryAsync(id, n, ct);
            if (changes.Count == 0)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"story {id}: no changes since the clusterer placed its articles").AsMemory(), ct);
            }

            foreach (var c in changes)
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{c.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC  {c.Text}").AsMemory(), ct);
            }

            return 0;
        });
        return command;
    }
}
