using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Pipeline;
using Spectre.Console;

namespace Newsdesk.Cli;

/// <summary>`newsdesk refresh [--source ID]`: one pass over the due sources (or one source), with progress and a summary.</summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Check only this source (id or URL), due or not" };
        var json = new Option<bool>("--json") { Description = "One JSON object per source checked instead of progress and a table" };
        var command = new Command("refresh", "Check the sources that are due, store their new articles, and reschedule them") { source, json };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct);
            IReadOnlyList<QueuedSource>? sources = null;
            var only = parse.GetValue(source);
            if (only is not null)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var found = await scope.ServiceProvider.GetRequiredService<SourceSubscriptions>().FindAsync(only, ct);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No source has the id or URL '{only}'.");
                    return 1;
                }

                sources = [new QueuedSource(found.Id, "")];
            }

            var pass = host.Services.GetRequiredService<RefreshPass>();
            // Due sources may be taken by a `run` worker meanwhile; a named source is checked regardless.
            var onlyIfDue = sources is null;
            sources ??= await pass.DueSourcesAsync(int.MaxValue, ct);
            var summary = parse.GetValue(json) || Console.IsOutputRedirected
                ? await RunPlainAsync(pass, sources, onlyIfDue, parse.GetValue(json), ct)
                : await RunWithProgressAsync(pass, sources, onlyIfDue, ct);
            if (!parse.GetValue(json))
            {
                PrintSummary(summary);
            }

            var failed = summary.Reports.Any(r => r.Status is RefreshStatus.Failed or RefreshStatus.Disabled or RefreshStatus.Skipped);
            return only is not null && failed ? 1 : 0;
        });
        return command;
    }

    private static Task<RefreshSummary> RunPlainAsync(RefreshPass pass, IReadOnlyList<QueuedSource> sources, bool onlyIfDue, bool json, CancellationToken ct)
    {
        var gate = new object();
        return pass.RunAsync(sources, onlyIfDue, report =>
        {
            lock (gate)
            {
                Console.Out.WriteLine(json ? JsonSerializer.Serialize(report, SourcesJson.Default.RefreshReport) : Line(report));
            }
        }, ct);
    }

    private static async Task<RefreshSummary> RunWithProgressAsync(RefreshPass pass, IReadOnlyList<QueuedSource> sources, bool onlyIfDue, CancellationToken ct)
    {
        RefreshSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Checking {sources.Count} source(s)", maxValue: Math.Max(1, sources.Count));
                summary = await pass.RunAsync(sources, onlyIfDue, report =>
                {
                    task.Increment(1);
                    if (report.Status is RefreshStatus.Failed or RefreshStatus.Disabled)
                    {
                        AnsiConsole.MarkupLine(Markup.Escape(Line(report)));
                    }
                }, ct);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void PrintSummary(RefreshSummary summary)
    {
        var table = new Table().AddColumns("Checked", "Updated", "Unchanged", "Rate-limited", "Failed", "Disabled", "New articles", "Time");
        table.AddRow(
            N(summary.Reports.Count), N(summary.Count(RefreshStatus.Updated)), N(summary.Count(RefreshStatus.Unchanged)),
            N(summary.Count(RefreshStatus.RateLimited)), N(summary.Count(RefreshStatus.Failed)), N(summary.Count(RefreshStatus.Disabled)),
            N(summary.NewArticles), $"{summary.Elapsed.TotalSeconds:0.0} s");
        AnsiConsole.Write(table);
    }

    private static string Line(RefreshReport r)
    {
        var next = r.NextCheckAt is { } at ? $"; next check {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : "";
        var message = string.IsNullOrEmpty(r.Message) ? "" : $": {r.Message}";
        return $"[{r.Status}] #{r.SourceId} {r.Title}: {r.NewArticles} new{message}{next}";
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
