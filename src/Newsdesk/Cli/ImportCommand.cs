using System.CommandLine;
using Newsdesk.Core.Pipeline;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>`newsdesk import PATH...`: saved pages, articles and digests into the store.</summary>
internal static class ImportCommand
{
    /// <summary>Below this many files an import finishes before a progress bar is worth drawing.</summary>
    private const int ProgressBarMinFiles = 50;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (searched recursively) to import", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import saved articles (.html, .htm, .html.gz, .txt, .md) and compiled newsletters") { paths };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            var summary = await RunAsync(host.Services, parse.GetValue(paths)!, ct);
            return summary.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Imports and prints each failure and the summary line (also used by `demo`).</summary>
    public static async Task<ImportSummary> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var import = services.GetRequiredService<ImportFiles>();
        var (files, missing) = ImportFiles.ExpandPaths(paths);
        ImportSummary summary;
        if (files.Count >= ProgressBarMinFiles && !Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            summary = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Importing {files.Count} files", maxValue: files.Count);
                    var progress = new Progress<ImportProgress>(p => task.Value = p.FilesDone);
                    var result = await import.ImportAsync(files, missing, progress, ct);
                    task.Value = files.Count;
                    return result;
                });
        }
        else
        {
            summary = await import.ImportAsync(files, missing, null, ct);
        }

        foreach (var failure in summary.Failures)
        {
            await Console.Out.WriteLineAsync($"failed: {failure.Path}: {failure.Reason}".AsMemory(), ct);
        }

        await Console.Out.WriteLineAsync(summary.SummaryLine.AsMemory(), ct);
        return summary;
    }
}
