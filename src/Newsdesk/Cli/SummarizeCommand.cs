using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Summarizing;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk summarize`: JSON lines with "id" and "article" (one text) or "articles" (several) in,
/// {"id", "summary"} lines out, summary sentences separated by newlines. A bad line is reported on
/// standard error with its number and skipped; the others are still summarized.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines: {\"id\", \"article\": TEXT} or {\"id\", \"articles\": [TEXT, ...]}", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write {\"id\", \"summary\"} lines", Required = true };
        var sentences = new Option<int?>("--sentences") { Description = "Summary length in sentences" };
        var words = new Option<int?>("--words") { Description = $"Summary length in words: sentences are added until it is reached (default {SummaryLength.Default.MinWords})" };
        var command = new Command("summarize", "Summarize texts from a JSON-lines file, every sentence taken verbatim from its source")
        {
            input, output, sentences, words,
        };
        command.Validators.Add(result =>
        {
            var s = result.GetValue(sentences);
            var w = result.GetValue(words);
            if (s is not null && w is not null)
            {
                result.AddError("Give --sentences or --words, not both.");
            }
            else if (s is <= 0 || w is <= 0)
            {
                result.AddError("--sentences and --words must be positive.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var s = parse.GetValue(sentences);
            var w = parse.GetValue(words);
            var length = s is { } n ? SummaryLength.Sentences(n) : w is { } m ? SummaryLength.Words(m) : SummaryLength.Default;
            return await RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, length, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo output, SummaryLength length, CancellationToken ct)
    {
        if (!input.Exists)
        {
            await Console.Error.WriteLineAsync($"Input file not found: {input.FullName}");
            return 2;
        }

        var lineNumber = 0;
        var written = 0;
        var failed = 0;
        await using var writer = new StreamWriter(output.FullName, append: false);
        await foreach (var line in File.ReadLinesAsync(input.FullName, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!SummarizeRequest.TryParse(line, out var request, out var error))
            {
                failed++;
                await Console.Error.WriteLineAsync($"{input.Name}:{lineNumber}: {error}");
                continue;
            }

            var summary = ExtractiveSummarizer.Summarize(request.Sources, length);
            var text = string.Join('\n', summary.Select(x => x.Text));
            await writer.WriteLineAsync(JsonSerializer.Serialize(new SummarizeResponse(request.Id, text), CliJson.Default.SummarizeResponse).AsMemory(), ct);
            written++;
            if (written % 100 == 0)
            {
                await Console.Error.WriteLineAsync($"{written} summarized");
            }
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{written} summarized ({length}), {failed} failed: {output.FullName}"));
        return failed == 0 ? 0 : 1;
    }
}
