using System.CommandLine;
using System.Globalization;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk stories merge|move`: the editor's corrections to story clustering. A running server or
/// worker keeps its own live clusterer; it rebuilds the stories concerned before its next batch
/// (<see cref="Core.Stories.StoryEdit"/>).
/// </summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var stories = new Command("stories", "Correct story clustering: merge two stories, or move an article out of one");
        stories.Subcommands.Add(Merge());
        stories.Subcommands.Add(Move());
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
            var outcome = await scope.ServiceProvider.GetRequiredService<MergeStories>().MergeAsync(f, i, ct);
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
            var outcome = await scope.ServiceProvider.GetRequiredService<MoveArticle>().MoveAsync(id, parse.GetValue(into), ct);
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
}
