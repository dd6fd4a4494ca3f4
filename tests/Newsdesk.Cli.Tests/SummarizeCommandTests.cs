using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsdesk-summarize-" + Guid.NewGuid().ToString("N"));

    public SummarizeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Summarize_GoodAndBadLines_WritesTheGoodOnesAndNamesTheBadOnes()
    {
        const string one = "The allies began a five-day air exercise on Monday. Some 90 aircraft took part. The North called it a rehearsal for war.";
        const string other = "Pyongyang condemned the drills in a statement. It said the allies were raising tension.";
        var input = Path.Combine(_dir, "in.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            JsonSerializer.Serialize(new { id = "a", article = one }),
            JsonSerializer.Serialize(new { id = 7, articles = new[] { one, other } }),
            "{not json",
            JsonSerializer.Serialize(new { id = "c", text = one }),
        ]);
        var output = Path.Combine(_dir, "out.jsonl");

        var result = await CliRunner.RunAsync("summarize", "--input", input, "--out", output, "--sentences", "2");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("in.jsonl:3: not JSON", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:4: expected \"article\"", result.StandardError, StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal(7, lines[1].GetProperty("id").GetInt32());
        foreach (var line in lines)
        {
            var sentences = line.GetProperty("summary").GetString()!.Split('\n');
            Assert.Equal(2, sentences.Length);
            Assert.All(sentences, s => Assert.True(one.Contains(s, StringComparison.Ordinal) || other.Contains(s, StringComparison.Ordinal), s));
        }
    }

    [Fact]
    public async Task Summarize_SentencesAndWords_IsRejectedBeforeReading()
    {
        var result = await CliRunner.RunAsync("summarize", "--input", Path.Combine(_dir, "none.jsonl"), "--out", Path.Combine(_dir, "o.jsonl"), "--sentences", "2", "--words", "50");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not both", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_MissingInput_SaysWhichFile()
    {
        var missing = Path.Combine(_dir, "none.jsonl");
        var result = await CliRunner.RunAsync("summarize", "--input", missing, "--out", Path.Combine(_dir, "o.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "o.jsonl")));
    }
}
