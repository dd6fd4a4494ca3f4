using System.IO.Compression;
using System.Text.Json;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Extraction;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Extraction;

/// <summary>
/// The extraction quality gate: F1 on the shared benchmark pages must stay at or above the floor
/// pinned in bench/extraction/eval-baseline.json (scored by the shared scorer through
/// bench/extraction/eval_gate.py, which also checks the corpus SHA).
/// </summary>
public sealed class ExtractionQualityGateTests
{
    [RequiresFact(Component.SharedData)]
    public async Task SharedBenchmark_F1_StaysAtOrAboveTheFloor()
    {
        var bench = SharedData.Path("benchmarks", "extraction");
        using var truth = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(bench, "ground-truth.json")));
        var extractor = new ArticleExtractor();
        var predictions = new Dictionary<string, Dictionary<string, string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(bench, "html"), "*.html.gz"))
        {
            var id = Path.GetFileName(file)[..^".html.gz".Length];
            await using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            await gz.CopyToAsync(buffer);
            var url = truth.RootElement.TryGetProperty(id, out var page) ? new Uri(page.GetProperty("url").GetString()!) : null;
            var result = extractor.Extract(buffer.ToArray(), url);
            predictions[id] = new() { ["articleBody"] = ArticleBody.ToPlainText(result.Blocks) };
        }

        var path = Path.Combine(Path.GetTempPath(), $"newsdesk-extraction-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(predictions));
        try
        {
            var gate = Path.Combine(SharedData.RepositoryRoot, "bench", "extraction", "eval_gate.py");
            var (exitCode, output) = await RunAsync("python3", [gate, path, "--shared", SharedData.Root!]);
            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
