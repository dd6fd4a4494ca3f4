using System.CommandLine;
using Newsdesk.Conformance;
using Newsdesk.Core.Parsing;

namespace Newsdesk.Cli;

/// <summary>`newsdesk conformance feeds VECTORS.json`: runs conformance vectors through the product's feed parser.</summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("VECTORS") { Description = "A vectors file in the format of ../shared/benchmarks/feeds/vectors.json" };
        var feeds = new Command("feeds", "Check the feed parser against conformance vectors; exits non-zero when a core vector fails") { file };
        feeds.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {path.FullName} does not exist.".AsMemory(), ct);
                return 2;
            }

            IReadOnlyList<ConformanceVector> vectors;
            try
            {
                vectors = ConformanceRunner.Load(path.FullName);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"newsdesk: {path.Name} is not a vectors file: {ex.Message}".AsMemory(), ct);
                return 2;
            }

            var report = new ConformanceRunner(new FeedParser()).Run(vectors);
            var output = Console.Out;
            foreach (var result in report.Failed)
            {
                foreach (var failure in result.Failures)
                {
                    await output.WriteLineAsync($"FAIL [{result.Vector.Tier}] {result.Vector.Id}: {failure.Path}: expected {failure.Expected}; got {failure.Actual}".AsMemory(), ct);
                }
            }

            foreach (var (tag, count) in report.SkipsByTag)
            {
                await output.WriteLineAsync($"skipped {count} vector(s) tagged {tag}: {ConformanceRunner.SkippedFeatures[tag]}".AsMemory(), ct);
            }

            await output.WriteLineAsync(report.SummaryLine.AsMemory(), ct);
            return report.CoreFailed == 0 ? 0 : 1;
        });
        var command = new Command("conformance", "Conformance checks of Newsdesk components against shared vectors");
        command.Subcommands.Add(feeds);
        return command;
    }
}
