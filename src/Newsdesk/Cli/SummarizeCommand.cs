using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Summarizing;
using Newsdesk.Hosting;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk summarize`: JSON lines with "id" and "article" (one text) or "articles" (several) in,
/// {"id", "summary"} lines out, summary sentences separated by newlines. A bad line is reported on
/// standard error with its number and skipped; the others are still summarized. With
/// --abstractive a language model rewrites (settings section "Summarizing") and every sentence it
/// writes is checked against the sources; unsupported ones are listed under "unsupported".
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines: {\"id\", \"article\": TEXT} or {\"id\", \"articles\": [TEXT, ...]}", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write {\"id\", \"summary\"} lines", Required = true };
        var sentences = new Option<int?>("--sentences") { Description = "Summary length in sentences" };
        var words = new Option<int?>("--words") { Description = $"Summary length in words: sentences are added until it is reached (default {SummaryLength.Default.MinWords})" };
        var abstractive = new Option<bool>("--abstractive") { Description = "Rewrite with the language model in settings (Summarizing:Endpoint, Model, ApiKey) and flag unsupported sentences" };
        var command = new Command("summarize", "Summarize texts from a JSON-lines file, every sentence taken verbatim from its source")
        {
            input, output, sentences, words, abstractive,
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
            if (!parse.GetValue(abstractive))
            {
                return await RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, length, null, ct);
            }

            var options = LanguageModelOptions(parse);
            if (options.Problem() is { } problem)
            {
                await Console.Error.WriteLineAsync(problem + " Set it in newsdesk.json in the data dir or as Newsdesk__Summarizing__... variables.");
                return 2;
            }

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var summarizer = new AbstractiveSummarizer(new ChatCompletionClient(http, Options.Create(options)), Options.Create(options));
            return await RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, length, summarizer, ct);
        });
        return command;
    }

    /// <summary>The "Summarizing" settings, with the abstractive mode switched on: --abstractive asks for it.</summary>
    private static SummarizingOptions LanguageModelOptions(ParseResult parse)
    {
        var dataDir = DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir));
        var configuration = new ConfigurationBuilder().AddNewsdeskConfiguration(dataDir).Build();
        var options = configuration.GetSection(SummarizingOptions.SectionName).Get<SummarizingOptions>() ?? new SummarizingOptions();
        options.Abstractive = true;
        return options;
    }

    private static async Task<int> RunAsync(
        FileInfo input,
        FileInfo output,
        SummaryLength length,
        AbstractiveSummarizer? rewriter,
        CancellationToken ct)
    {
        if (!input.Exists)
        {
            await Console.Error.WriteLineAsync($"Input file not found: {input.FullName}");
            return 2;
        }

        var lineNumber = 0;
        var written = 0;
        var failed = 0;
        var flagged = 0;
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

            SummarizeResponse response;
            try
            {
                response = rewriter is null
                    ? SummarizeResponse.From(request.Id, ExtractiveSummarizer.Summarize(request.Sources, length))
                    : SummarizeResponse.From(request.Id, await rewriter.SummarizeAsync(request.Sources, length, ct));
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                failed++;
                await Console.Error.WriteLineAsync($"{input.Name}:{lineNumber}: the language model failed: {e.Message}");
                continue;
            }

            await writer.WriteLineAsync(JsonSerializer.Serialize(response, CliJson.Default.SummarizeResponse).AsMemory(), ct);
            written++;
            flagged += response.Unsupported?.Count ?? 0;
            if (written % 100 == 0)
            {
                await Console.Error.WriteLineAsync($"{written} summarized");
            }
        }

        var flaggedNote = rewriter is null ? "" : string.Create(CultureInfo.InvariantCulture, $", {flagged} unsupported sentence(s) flagged");
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{written} summarized ({length}), {failed} failed{flaggedNote}: {output.FullName}"));
        return failed == 0 ? 0 : 1;
    }
}
