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

    [Fact]
    public async Task Summarize_Abstractive_FlagsTheSentenceWithAnInventedNumber()
    {
        await using var server = await FakeChatServer.StartAsync("Seoul resumed the broadcasts on Friday.\nAbout 5,000 balloons crossed overnight.");
        var input = Path.Combine(_dir, "in.jsonl");
        const string article = "Seoul resumed loudspeaker broadcasts on Friday. The military said about 200 balloons crossed the border overnight.";
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { id = "b1", article }) + "\n");
        var output = Path.Combine(_dir, "out.jsonl");
        var environment = new Dictionary<string, string>
        {
            ["Newsdesk__Summarizing__Endpoint"] = server.BaseUrl.ToString(),
            ["Newsdesk__Summarizing__Model"] = "fake-model",
            ["NEWSDESK_DATA_DIR"] = _dir,
        };

        var result = await CliRunner.RunAsync(["summarize", "--input", input, "--out", output, "--abstractive", "--sentences", "2"], environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement;
        Assert.Equal("Seoul resumed the broadcasts on Friday.\nAbout 5,000 balloons crossed overnight.", line.GetProperty("summary").GetString());
        var flagged = Assert.Single(line.GetProperty("unsupported").EnumerateArray().ToList());
        Assert.Equal("About 5,000 balloons crossed overnight.", flagged.GetProperty("sentence").GetString());
        Assert.Contains("number 5,000 is not in the sources", flagged.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("1 unsupported sentence(s) flagged", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_AbstractiveWithoutEndpoint_SaysWhichSettingIsMissing()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":1,\"article\":\"One. Two.\"}\n");

        var result = await CliRunner.RunAsync(["summarize", "--input", input, "--out", Path.Combine(_dir, "o.jsonl"), "--abstractive"], new Dictionary<string, string> { ["NEWSDESK_DATA_DIR"] = _dir });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Summarizing:Endpoint", result.StandardError, StringComparison.Ordinal);
    }
}
