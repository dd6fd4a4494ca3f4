using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsdesk.Core.Summarizing;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Summarizing;

/// <summary>
/// Quality gate on ../shared/benchmarks/summarization, scored by the shared ROUGE script
/// (`--rouge155`). Floors sit just below the figures in docs/benchmarks.md; the targets they must
/// stay above are Lead-3 on CNN/DM and LexRank on MultiLing. Every summary sentence must be the
/// exact text of its span in its source.
/// </summary>
public sealed class SummarizationBenchmarkTests
{
    [RequiresFact(Component.SharedData)]
    public async Task CnnDailyMailDev_BeatsLead3_AndQuotesItsSourcesVerbatim()
    {
        var scores = await RunAsync("cnndm_dev.jsonl", SummaryLength.Words(65), maxWords: 0);

        // Lead-3 on these 125 articles: 41.36 / 18.13 / 37.26.
        AssertAtLeast(scores, "rouge1", "f", 42.70);
        AssertAtLeast(scores, "rouge2", "f", 19.10);
        AssertAtLeast(scores, "rougeLsum", "f", 38.55);
    }

    [RequiresFact(Component.SharedData)]
    public async Task MultiLingDev_BeatsLexRank_AndQuotesItsSourcesVerbatim()
    {
        var scores = await RunAsync("multiling2011_en_dev.jsonl", SummaryLength.Words(250), maxWords: 250);

        // LexRank on these 5 topics (recall, 250 words): 44.67 / 16.57.
        AssertAtLeast(scores, "rouge1", "r", 50.30);
        AssertAtLeast(scores, "rouge2", "r", 21.50);
    }

    private static async Task<JsonNode> RunAsync(string file, SummaryLength length, int maxWords)
    {
        var references = SharedData.Path("benchmarks", "summarization", file);
        var predictions = Path.Combine(Path.GetTempPath(), "newsdesk-rouge-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await using (var writer = new StreamWriter(predictions))
            {
                foreach (var line in File.ReadLines(references).Where(l => l.Length > 0))
                {
                    var item = JsonNode.Parse(line)!;
                    var texts = item["articles"] is JsonArray many ? many.Select(a => a!.GetValue<string>()).ToList() : [item["article"]!.GetValue<string>()];
                    var summary = ExtractiveSummarizer.Summarize(texts.Select(t => new SummarySource(t)).ToList(), length);
                    Assert.NotEmpty(summary);
                    foreach (var s in summary)
                    {
                        Assert.Equal(s.Text, texts[s.Document].Substring(s.Start, s.Length));
                    }

                    var row = new JsonObject { ["id"] = item["id"]!.DeepClone(), ["summary"] = string.Join('\n', summary.Select(s => s.Text)) };
                    await writer.WriteLineAsync(row.ToJsonString());
                }
            }

            List<string> args = [SharedData.Path("tools", "rouge.py"), "--pred", predictions, "--ref", references, "--rouge155", "--json"];
            if (maxWords > 0)
            {
                args.AddRange(["--max-words", maxWords.ToString(CultureInfo.InvariantCulture)]);
            }

            var output = await ProcessRunner.RunAsync("python3", args, CancellationToken.None);
            var json = output.Split('\n').Single(l => l.StartsWith('{'));
            var result = JsonNode.Parse(json)!;
            Assert.Equal(0, result["missing"]!.GetValue<int>());
            return result["scores"]!;
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static void AssertAtLeast(JsonNode scores, string metric, string kind, double floor)
    {
        var value = scores[metric]![kind]!.GetValue<double>();
        Assert.True(value >= floor, $"{metric} {kind} = {value:F2}, floor {floor:F2}");
    }
}
