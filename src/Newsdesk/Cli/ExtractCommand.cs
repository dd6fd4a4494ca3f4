using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;

namespace Newsdesk.Cli;

/// <summary>`newsdesk extract PATH...`: the article of each saved page, as JSON lines or a summary.</summary>
internal static class ExtractCommand
{
    /// <summary>Largest page file read (after gunzip); a larger one is an error record, not a crash.</summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;

    private static readonly string[] PageSuffixes = [".html", ".htm", ".html.gz", ".htm.gz"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Pages (.html, .htm, .html.gz) or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per page (path, url, title, byline, published, site, language, text)" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Pages read in parallel (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var benchmark = new Option<string?>("--benchmark") { Description = "Score a benchmark folder (html/*.html.gz + ground-truth.json): write predictions and print timing on one thread" };
        var output = new Option<string?>("--out") { Description = "With --benchmark: where to write the predictions JSON (default: predictions.json)" };
        var passes = new Option<int>("--passes") { Description = "With --benchmark: timed passes after the first (cold) one, for the steady-state figure (default: 5)", DefaultValueFactory = _ => 5 };
        var command = new Command("extract", "Extract the article (body and metadata) from saved web pages") { paths, jsonl, jobs, benchmark, output, passes };
        command.SetAction(async (parse, ct) =>
        {
            var extractor = new ArticleExtractor();
            if (parse.GetValue(benchmark) is { } folder)
            {
                return await ExtractBenchmark.RunAsync(extractor, folder, parse.GetValue(output) ?? "predictions.json", Math.Max(0, parse.GetValue(passes)), ct);
            }

            var files = FindPages(parse.GetValue(paths) ?? [], out var missing);
            foreach (var path in missing)
            {
                await Console.Error.WriteLineAsync($"extract: {path}: no such file or folder");
            }

            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync("extract: no .html, .htm or .html.gz pages given");
                return 2;
            }

            var asJson = parse.GetValue(jsonl);
            var degree = Math.Max(1, parse.GetValue(jobs));
            var results = new ExtractRecord[files.Count];

            // Chunks keep memory bounded and output in input order while pages run in parallel.
            const int ChunkSize = 64;
            var errors = 0;
            for (var start = 0; start < files.Count; start += ChunkSize)
            {
                var end = Math.Min(files.Count, start + ChunkSize);
                await Parallel.ForAsync(start, end, new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = ct }, (i, _) =>
                {
                    results[i] = ExtractFile(extractor, files[i]);
                    return ValueTask.CompletedTask;
                });
                for (var i = start; i < end; i++)
                {
                    errors += results[i].Error is null ? 0 : 1;
                    await Console.Out.WriteLineAsync((asJson ? JsonSerializer.Serialize(results[i], ExtractJson.Default.ExtractRecord) : Summary(results[i])).AsMemory(), ct);
                    results[i] = null!;
                }
            }

            if (!asJson)
            {
                await Console.Out.WriteLineAsync($"{files.Count} page(s), {errors} error(s)");
            }

            return 0;
        });
        return command;
    }

    /// <summary>One page to one record; any failure to read it becomes an error record.</summary>
    internal static ExtractRecord ExtractFile(ArticleExtractor extractor, string path)
    {
        try
        {
            var bytes = ReadPage(path);
            var result = extractor.Extract(bytes, url: null);
            if (result.Error is not null)
            {
                return new ExtractRecord { Path = path, Error = result.Error };
            }

            return new ExtractRecord
            {
                Path = path,
                Url = result.CanonicalUrl,
                Title = result.Title,
                Byline = result.Bylines.Count == 0 ? null : string.Join(", ", result.Bylines),
                Published = result.Published?.ToString("O", CultureInfo.InvariantCulture),
                Site = result.SiteName,
                Language = result.Language,
                Text = ArticleBody.ToPlainText(result.Blocks),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new ExtractRecord { Path = path, Error = e.Message };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An extractor bug on one page is that page's error record; the other pages still run
            // (as a worker loop catches per item).
            return new ExtractRecord { Path = path, Error = $"extraction failed: {e.GetType().Name}: {e.Message}" };
        }
    }

    /// <summary>The page's bytes, gunzipped when the name ends in .gz, refusing more than <see cref="MaxPageBytes"/>.</summary>
    internal static byte[] ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using Stream source = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxPageBytes)
            {
                throw new InvalidDataException($"page is larger than {MaxPageBytes / (1024 * 1024)} MB");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static List<string> FindPages(IEnumerable<string> paths, out List<string> missing)
    {
        var files = new List<string>();
        missing = [];
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => PageSuffixes.Any(s => f.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }

    private static string Summary(ExtractRecord r)
    {
        if (r.Error is not null)
        {
            return $"{r.Path}: error: {r.Error}";
        }

        var words = r.Text is null ? 0 : r.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var parts = new[] { r.Title ?? "(no title)", r.Byline, r.Published, r.Site, r.Language, $"{words} words" };
        return $"{r.Path}: " + string.Join(" | ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}

/// <summary>One line of `newsdesk extract --jsonl`: a page read, or the error that stopped it.</summary>
internal sealed record ExtractRecord
{
    public required string Path { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public string? Published { get; init; }

    public string? Site { get; init; }

    public string? Language { get; init; }

    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExtractRecord))]
[JsonSerializable(typeof(Dictionary<string, BenchmarkPrediction>))]
internal sealed partial class ExtractJson : JsonSerializerContext;
