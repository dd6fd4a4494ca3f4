using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Core.Pipeline;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>`newsdesk sources ...`: subscribe, list with health, remove, re-enable, OPML in and out.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var sources = new Command("sources", "Feeds and pages Newsdesk follows");
        sources.Subcommands.Add(Add());
        sources.Subcommands.Add(List());
        sources.Subcommands.Add(Remove());
        sources.Subcommands.Add(Enable());
        sources.Subcommands.Add(ImportOpml());
        sources.Subcommands.Add(ExportOpml());
        return sources;
    }

    private static Command Add()
    {
        var url = new Argument<string>("url") { Description = "A feed URL, or a web page that links its feeds" };
        var title = new Option<string?>("--title") { Description = "Title to show instead of the feed's own" };
        var category = new Option<string?>("--category") { Description = "Folder path, e.g. Korea/Defense" };
        var tags = new Option<string[]>("--tag") { Description = "A tag (repeat for more)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", "Follow a feed; a page URL is searched for the feeds it links") { url, title, category, tags };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var request = new NewSource(parse.GetValue(url)!)
            {
                Title = parse.GetValue(title),
                Category = parse.GetValue(category),
                Tags = parse.GetValue(tags) ?? [],
            };
            var change = await scope.ServiceProvider.GetRequiredService<SourceSubscriber>().AddAsync(request, ct);
            return Print(change, s => $"Added source {s.Id}: {s.Title} ({s.Url})");
        });
        return command;
    }

    private static Command ImportOpml()
    {
        var file = new Argument<FileInfo>("file") { Description = "An OPML file (as other feed readers export)" };
        var command = new Command("import-opml", "Follow every feed of an OPML file, keeping its folders and titles") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }

            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var import = await scope.ServiceProvider.GetRequiredService<SourceOpml>().ImportAsync(await File.ReadAllBytesAsync(path.FullName, ct), ct);
            foreach (var problem in import.Problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            await Console.Out.WriteLineAsync($"Imported {import.Added} source(s); {import.AlreadyFollowed} already followed; {import.Problems.Count} problem(s).");
            return import.Added == 0 && import.AlreadyFollowed == 0 && import.Problems.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command ExportOpml()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export-opml", "Write every source as OPML (folders from categories)") { output };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var bytes = await scope.ServiceProvider.GetRequiredService<SourceOpml>().ExportAsync(ct);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, bytes, ct);
                return 0;
            }

            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line instead of a table" };
        var command = new Command("list", "List sources with their health: last success, last error, error count, next check") { json };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<SourceSubscriptions>().ListAsync(ct);
            if (parse.GetValue(json))
            {
                foreach (var row in rows)
                {
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(row, SourcesJson.Default.SourceHealth).AsMemory(), ct);
                }

                return 0;
            }

            var table = new Table().AddColumns("Id", "Title", "URL", "Category / tags", "Last success", "Errors", "Last error", "Next check");
            foreach (var r in rows)
            {
                var tags = string.Join(", ", new[] { r.Category }.Concat(r.Tags).Where(t => !string.IsNullOrEmpty(t)));
                var next = r.Disabled ? $"[red]disabled[/]: {Markup.Escape(r.DisabledReason ?? "")}" : Markup.Escape(Time(r.NextCheckAt));
                table.AddRow(
                    r.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Title), Markup.Escape(r.Url ?? ""), Markup.Escape(tags),
                    Markup.Escape(Time(r.LastSuccessAt)), r.ErrorCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.LastError ?? ""), next);
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]{rows.Count} source(s), {rows.Count(r => r.Disabled)} disabled[/]");
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var target = new Argument<string>("source") { Description = "The source's id or URL" };
        var command = new Command("remove", "Stop following a source (its articles stay)") { target };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var change = await scope.ServiceProvider.GetRequiredService<SourceSubscriptions>().RemoveAsync(parse.GetValue(target)!, ct);
            return Print(change, s => $"Removed source {s.Id}: {s.Title} ({s.Url})");
        });
        return command;
    }

    private static Command Enable()
    {
        var target = new Argument<string>("source") { Description = "The source's id or URL" };
        var command = new Command("enable", "Re-enable a disabled source; it is checked at the next refresh") { target };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            await using var scope = host.Services.CreateAsyncScope();
            var change = await scope.ServiceProvider.GetRequiredService<SourceSubscriptions>().EnableAsync(parse.GetValue(target)!, ct);
            return Print(change, s => $"Enabled source {s.Id}: {s.Title} ({s.Url}); due now");
        });
        return command;
    }

    private static int Print(SourceChange change, Func<Core.Sources.Source, string> done)
    {
        if (!change.Succeeded)
        {
            Console.Error.WriteLine(change.Problem);
            return 1;
        }

        Console.Out.WriteLine(done(change.Source!));
        return 0;
    }

    private static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SourceHealth))]
[JsonSerializable(typeof(RefreshReport))]
internal sealed partial class SourcesJson : JsonSerializerContext;
