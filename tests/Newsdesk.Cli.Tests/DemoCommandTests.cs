using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_ImportsTheSampleBeat_AndSaysWhereTheBriefIs_EveryRunFresh()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("demo");

        var first = await CliRunner.RunAsync("demo", "--out", output);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("imported 28, unchanged 0, failed 0", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Brief written to {Path.Combine(output, "brief.html")}", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "brief.txt")));
        Assert.True(File.Exists(Path.Combine(output, "brief.md")));

        var articles = await CliRunner.RunAsync("articles", "--json", "--data-dir", Path.Combine(output, "data"));
        var rows = articles.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(28, rows.Count);
        Assert.Equal(5, rows.Count(r => r.GetProperty("commentary").ValueKind == JsonValueKind.String));

        // Demo/README.md: the shells original and its four copies (verbatim, retitled, edited, machine
        // rewrite) point to it and share its story; the beat's events are not one story.
        long? Number(JsonElement r, string name) => r.GetProperty(name).ValueKind == JsonValueKind.Number ? r.GetProperty(name).GetInt64() : null;
        var original = rows.Single(r => r.GetProperty("url").GetString()?.Contains("peninsulawire", StringComparison.Ordinal) == true
            && r.GetProperty("title").GetString() == "North Korea shipped 9.4 million shells to Russia, Seoul says");
        var copies = rows.Where(r => Number(r, "copyOfId") == original.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(4, copies.Count);
        Assert.All(copies, c => Assert.Equal(Number(original, "storyId"), Number(c, "storyId")));
        var stories = rows.GroupBy(r => Number(r, "storyId")).ToList();
        Assert.True(stories.Count >= 9, $"{stories.Count} stories");
        Assert.True(stories.Max(g => g.Count()) <= 10, $"largest story holds {stories.Max(g => g.Count())} articles");

        var brief = await File.ReadAllTextAsync(Path.Combine(output, "brief.txt"));
        Assert.Contains("Saturday 21 November 2026", brief, StringComparison.Ordinal);
        Assert.Contains("— Park Mi-rae, Unification Minister", brief, StringComparison.Ordinal);

        // A second run starts from a fresh store: the same counts, nothing "unchanged".
        var second = await CliRunner.RunAsync("demo", "--out", output);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("imported 28, unchanged 0, failed 0", second.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_NeverDeletesFoldersItDidNotWrite()
    {
        using var temp = new TempFolder();
        temp.Write("mine/data/thesis.docx", "keep me");
        var result = await CliRunner.RunAsync("demo", "--out", temp.Combine("mine"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds files the demo did not write", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(temp.Combine("mine", "data", "thesis.docx")));
    }

    [Fact]
    public async Task Demo_NonEmptyDataDir_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("store/newsdesk.db", "not ours to delete");
        var result = await CliRunner.RunAsync("demo", "--out", temp.Combine("demo"), "--data-dir", temp.Combine("store"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not empty; the demo needs a fresh store", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("not ours to delete", await File.ReadAllTextAsync(temp.Combine("store", "newsdesk.db")));
    }
}
