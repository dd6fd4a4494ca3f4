using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsdesk.Core.Stories;

namespace Newsdesk.Cli;

/// <summary>
/// `newsdesk cluster --input A.jsonl --out B.jsonl`: story clustering of a JSON-lines stream
/// ({"id","title","text","published"?,"source"?} in stream order) with the live ingestion engine,
/// no store needed. Writes {"id","cluster"} lines in input order once the stream has ended (a later
/// article can still move an earlier one into its story: a split); progress on standard error.
/// A line that is not an article (not JSON, no id, an id seen before, neither title nor text, a
/// published time that is not a date) is skipped and reported with its line number; the run goes
/// on and exits 1.
/// </summary>
internal static class ClusterCommand
{
    private const int ProgressEvery = 50_000;

    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "JSON lines: id, title, text, optional published and source", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write {\"id\",\"cluster\"} lines", Required = true };
        var command = new Command("cluster", "Group a JSON-lines stream of articles into stories (same engine as ingestion)") { input, output };
        command.SetAction(async (parse, ct) => await RunAsync(parse.GetValue(input)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo input, FileInfo output, CancellationToken ct)
    {
        if (!input.Exists)
        {
            await Console.Error.WriteLineAsync($"cluster: input file not found: {input.FullName}");
            return 2;
        }

        if (output.Directory is { Exists: false } folder)
        {
            await Console.Error.WriteLineAsync($"cluster: output folder not found: {folder.FullName}");
            return 2;
        }

        var stream = new StoryStream(new StoryClusteringOptions());
        var watch = Stopwatch.StartNew();
        long count = 0;
        // The ids as read (their JSON text) and the story of each, by stream position. About 50 bytes an
        // article: what a stream of millions costs to be written with its final stories.
        var ids = new List<string>();
        var stories = new List<long>();
        var skipped = new Skipped();
        using var reader = input.OpenText();
        // Lines are read and their features extracted on another thread while the clusterer works.
        await foreach (var (id, story, moved) in stream.AssignAllAsync(ReadAsync(reader, input.Name, skipped, ct), ct))
        {
            ids.Add(id);
            stories.Add(story);
            if (moved is { } position)
            {
                stories[(int)position - 1] = story;
            }

            if (++count % ProgressEvery == 0)
            {
                await Console.Error.WriteLineAsync(Progress(count, stream, watch));
            }
        }

        await using (var writer = new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(false)))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                await writer.WriteLineAsync("{\"id\":" + ids[i] + ",\"cluster\":" + stories[i].ToString(CultureInfo.InvariantCulture) + "}");
            }
        }

        await Console.Error.WriteLineAsync(Progress(count, stream, watch));
        if (skipped.Lines > 0)
        {
            await Console.Error.WriteLineAsync($"cluster: skipped {skipped.Lines} line(s) of {input.Name} that are not articles (listed above)");
            return 1;
        }

        return 0;
    }

    /// <summary>Lines skipped so far (written by the reading thread, read once the stream has ended).</summary>
    private sealed class Skipped
    {
        public int Lines;
    }

    /// <summary>The documents of the file in order; a line that is not a document is reported with its line number and skipped.</summary>
    private static async IAsyncEnumerable<(string Id, StoryDocument Document)> ReadAsync(StreamReader reader, string name, Skipped skipped, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryRead(line, out var id, out var document, out var error) || !Unseen(seen, id, ref error))
            {
                skipped.Lines++;
                await Console.Error.WriteLineAsync($"cluster: {name}:{lineNumber}: skipped: {error}");
                continue;
            }

            yield return (id, document);
        }
    }

    private static bool Unseen(HashSet<string> seen, string id, ref string error)
    {
        if (seen.Add(id))
        {
            return true;
        }

        error = $"the id {id} was used by an earlier line";
        return false;
    }

    private static string Progress(long count, StoryStream stream, Stopwatch watch) => string.Create(CultureInfo.InvariantCulture,
        $"{count} articles, {stream.StoryCount} stories ({stream.Clusterer.LiveStories} live), {watch.Elapsed.TotalSeconds:F1} s, {count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):F0} articles/s");

    /// <summary>Reads one line; the id is kept as its JSON text (string or number) so it is written back unchanged.</summary>
    private static bool TryRead(string line, out string id, out StoryDocument document, out string error)
    {
        id = "";
        document = null!;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException e)
        {
            error = "not JSON: " + e.Message;
            return false;
        }

        if (node is not JsonObject o || o["id"] is not JsonValue idValue)
        {
            error = "each line needs an \"id\"";
            return false;
        }

        id = idValue.ToJsonString();
        DateTimeOffset? published = null;
        var text = o["published"] is JsonValue p && p.TryGetValue<string>(out var s) ? s : null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
            {
                error = $"\"published\" is not a date: {text}";
                return false;
            }

            published = t;
        }

        document = new StoryDocument(Str(o, "title"), Str(o, "text"), published);
        if (document.Title.Length == 0 && document.Text.Length == 0)
        {
            error = "neither \"title\" nor \"text\"";
            return false;
        }

        error = "";
        return true;
    }

    private static string Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
