using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class ClusterCommandTests
{
    [Fact]
    public async Task Cluster_JsonLines_WritesOneStoryIdPerArticle()
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-cluster-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            var output = Path.Combine(dir, "out.jsonl");
            await File.WriteAllLinesAsync(input,
            [
                """{"id": "a", "title": "Typhoon Maysak makes landfall near Busan", "text": "Typhoon Maysak made landfall near Busan on Thursday, forcing 2,000 residents into shelters.", "published": "2026-09-03T01:00:00Z"}""",
                """{"id": 7, "title": "Lombok earthquake kills 14", "text": "A magnitude 6.1 earthquake struck Lombok in Indonesia, killing 14 people.", "source": "example.org"}""",
                "",
                """{"id": "b", "title": "Busan braces as Typhoon Maysak hits", "text": "Ferries were cancelled in Busan as Typhoon Maysak hit; 2,000 residents spent the night in shelters.", "published": "2026-09-03T04:00:00"}""",
            ]);

            var result = await CliRunner.RunAsync("cluster", "--input", input, "--out", output);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("3 articles", result.StandardError, StringComparison.Ordinal);
            var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["\"a\"", "7", "\"b\""], lines.Select(l => l.GetProperty("id").GetRawText()));
            var clusters = lines.Select(l => l.GetProperty("cluster").GetInt64()).ToList();
            Assert.Equal(clusters[0], clusters[2]);
            Assert.NotEqual(clusters[0], clusters[1]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Cluster_BadLine_FailsNamingTheLine()
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-cluster-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            await File.WriteAllLinesAsync(input, ["""{"id": "a", "title": "One", "text": "Text."}""", """{"title": "no id"}"""]);

            var result = await CliRunner.RunAsync("cluster", "--input", input, "--out", Path.Combine(dir, "out.jsonl"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("in.jsonl:2", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
