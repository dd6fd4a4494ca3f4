using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Newsdesk.Core;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Ranking;
using Newsdesk.Hosting;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk beat show|validate|rank`: what the beat in force is (Ranking:BeatFile, else beat.yaml
/// in the data dir, else the built-in one), whether a beat file is valid (every error with its line
/// and field), and what ranks highest in the store right now, with the reasons.
/// </summary>
internal static class BeatCommand
{
    public static Command Create()
    {
        var beat = new Command("beat", "Show, check and apply the beat that ranks articles and stories");
        beat.Subcommands.Add(Show());
        beat.Subcommands.Add(Validate());
        beat.Subcommands.Add(Rank());
        return beat;
    }

    private static Command Show()
    {
        var yaml = new Option<bool>("--yaml") { Description = "Print the beat file itself (the built-in one when none is set), to copy and edit" };
        var command = new Command("show", "Show the beat in force") { yaml };
        command.SetAction(async (parse, ct) =>
        {
            var loader = Loader(parse);
            var file = loader.BeatFile;
            if (parse.GetValue(yaml))
            {
                await Console.Out.WriteAsync((file is null ? BeatLoader.DefaultYaml() : await File.ReadAllTextAsync(file, ct)).AsMemory(), ct);
                return 0;
            }

            Beat current;
            try
            {
                current = await loader.LoadAsync(ct);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }

            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(current.Name)}[/] ({Markup.Escape(file ?? "built-in default")})");
            if (current.Description is not null)
            {
                AnsiConsole.WriteLine(current.Description);
            }

            var w = current.Weights;
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"weights: keyword {w.Keyword}, entity {w.Entity}, title x{w.Title}, outlets {w.Outlets}/doubling, source {w.Source}, recency {w.Recency} halving every {w.RecencyHalfLifeHours} h"));
            AnsiConsole.Write(Terms("Keyword", current.Keywords));
            AnsiConsole.Write(Terms("Entity", current.Entities));
            var sources = new Table().AddColumns("Source", "Weight");
            foreach (var s in current.Sources)
            {
                sources.AddRow(Markup.Escape(s.Outlet), s.Weight.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(sources);
            return 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<FileInfo>("file") { Description = "The beat YAML file to check" };
        var command = new Command("validate", "Check a beat file; every problem is reported with its line and field") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Beat file not found: {path.FullName}");
                return 2;
            }

            var result = BeatReader.Read(await File.ReadAllTextAsync(path.FullName, ct));
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                {
                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{path.Name}:{e.Line}:{e.Column}: {(e.Field.Length > 0 ? e.Field + ": " : "")}{e.Message}"));
                }

                return 1;
            }

            var b = result.Beat!;
            await Console.Out.WriteLineAsync($"{path.Name}: valid beat \"{b.Name}\": {b.Keywords.Count} keywords, {b.Entities.Count} entities, {b.Sources.Count} sources");
            return 0;
        });
        return command;
    }

    private static Command Rank()
    {
        var hours = new Option<int>("--hours") { Description = "Look at articles of the last N hours", DefaultValueFactory = _ => 24 };
        var limit = new Option<int>("--limit") { Description = "Show the N best", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var command = new Command("rank", "Rank the stored stories of the last hours by the beat, with the reasons") { hours, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            IReadOnlyList<RankedStory> ranked;
            try
            {
                ranked = await scope.ServiceProvider.GetRequiredService<StoryRanker>()
                    .RankAsync(clock.GetUtcNow().AddHours(-parse.GetValue(hours)), clock.GetUtcNow().AddDays(1), parse.GetValue(limit), includeOffBeat: false, ct);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }

            if (parse.GetValue(json))
            {
                foreach (var r in ranked)
                {
                    var row = new RankRow(r.StoryId, r.Lead.Id, r.Lead.Title, Math.Round(r.Relevance.Score, 2), r.Relevance.Reasons);
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(row, CliJson.Default.RankRow).AsMemory(), ct);
                }

                return 0;
            }

            var table = new Table().AddColumns("#", "Score", "Headline", "Why");
            for (var i = 0; i < ranked.Count; i++)
            {
                var r = ranked[i];
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), r.Relevance.Score.ToString("F1", CultureInfo.InvariantCulture),
                    Markup.Escape(r.Lead.Title), Markup.Escape(r.Relevance.Reasons));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Table Terms(string kind, IReadOnlyList<BeatTerm> terms)
    {
        var table = new Table().AddColumns(kind, "Weight", "Aliases");
        foreach (var t in terms)
        {
            table.AddRow(Markup.Escape(t.Name), t.Weight.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", t.Aliases)));
        }

        return table;
    }

    /// <summary>The loader the app would use, from the same settings, without opening the store.</summary>
    private static BeatLoader Loader(ParseResult parse)
    {
        var dataDir = DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir));
        var configuration = new ConfigurationBuilder().AddNewsdeskConfiguration(dataDir).Build();
        var options = configuration.GetSection(RankingOptions.SectionName).Get<RankingOptions>() ?? new RankingOptions();
        return new BeatLoader(Options.Create(options), new NewsdeskPaths(dataDir));
    }
}

internal sealed record RankRow(long? StoryId, long ArticleId, string Headline, double Score, string Reasons);
