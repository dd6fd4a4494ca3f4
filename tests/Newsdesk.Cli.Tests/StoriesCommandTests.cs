using System.Globalization;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

/// <summary>`newsdesk stories check|merge|unmerge|move|history` on real stores built by `newsdesk import` and `newsdesk demo`.</summary>
public sealed class StoriesCommandTests
{
    private static async Task<List<(long Id, long Story)>> ArticlesAsync(string data)
    {
        var list = await CliRunner.RunAsync("articles", "--json", "--data-dir", data);
        Assert.True(list.ExitCode == 0, list.ToString());
        return list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("id").GetInt64(), e.GetProperty("storyId").GetInt64()))
            .OrderBy(a => a.Item1).ToList();
    }

    /// <summary>The digest imported into a new store in <paramref name="temp"/>: its data folder and its articles with their stories.</summary>
    private static async Task<(string Data, List<(long Id, long Story)> Articles)> ImportDigestAsync(TempFolder temp)
    {
        temp.Write("in/digest.txt", ImportCommandTests.Digest);
        var data = temp.Combine("data");
        var import = await CliRunner.RunAsync("import", temp.Combine("in"), "--data-dir", data);
        Assert.True(import.ExitCode == 0, import.ToString());
        return (data, await ArticlesAsync(data));
    }

    [Fact]
    public async Task MergeThenMove_RegroupsTheArticles_AndBadIdsAreNamed()
    {
        using var temp = new TempFolder();
        var (data, before) = await ImportDigestAsync(temp);
        Assert.Equal(3, before.Count);
        Assert.Equal(3, before.Select(a => a.Story).Distinct().Count());

        var merge = await CliRunner.RunAsync("stories", "merge", before[1].Story.ToString(CultureInfo.InvariantCulture), before[0].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal($"merged story {before[1].Story} into story {before[0].Story}", merge.StandardOutput.Trim());
        Assert.Equal([before[0].Story, before[0].Story, before[2].Story], (await ArticlesAsync(data)).Select(a => a.Story));

        var move = await CliRunner.RunAsync("stories", "move", before[1].Id.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.True(move.ExitCode == 0, move.ToString());
        var after = await ArticlesAsync(data);
        Assert.Equal(before[0].Story, after[0].Story);
        Assert.NotEqual(before[0].Story, after[1].Story);
        Assert.Equal($"moved article {before[1].Id} to story {after[1].Story}", move.StandardOutput.Trim());

        var missing = await CliRunner.RunAsync("stories", "move", "424242", "--data-dir", data);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("article 424242 does not exist", missing.StandardError, StringComparison.Ordinal);
        var again = await CliRunner.RunAsync("stories", "merge", before[1].Story.ToString(CultureInfo.InvariantCulture), before[0].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"story {before[1].Story} was already merged into another", again.StandardError, StringComparison.Ordinal);
        Assert.Equal(after, await ArticlesAsync(data));

        // The kept story's history, newest first, with who ran the commands; a story id that does not exist is named.
        var history = await CliRunner.RunAsync("stories", "history", before[0].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.True(history.ExitCode == 0, history.ToString());
        var lines = history.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d UTC  \S+ \(command line\) moved “.+” to story {after[1].Story}\.$", lines[0]);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d UTC  \S+ \(command line\) merged story {before[1].Story} into this one \(1 article\)\.$", lines[1]);
        var untouched = await CliRunner.RunAsync("stories", "history", before[2].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.Equal($"story {before[2].Story}: no changes since the clusterer placed its articles", untouched.StandardOutput.Trim());
        var none = await CliRunner.RunAsync("stories", "history", "424242", "--data-dir", data);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("story 424242 does not exist", none.StandardError, StringComparison.Ordinal);

        // The merge cannot be undone: its one article was moved on since. A story never merged is named.
        var unmerge = await CliRunner.RunAsync("stories", "unmerge", before[1].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.Equal(1, unmerge.ExitCode);
        Assert.Contains($"none of the articles story {before[1].Story} gave is in story {before[0].Story} any more", unmerge.StandardError, StringComparison.Ordinal);
        var never = await CliRunner.RunAsync("stories", "unmerge", before[2].Story.ToString(CultureInfo.InvariantCulture), "--data-dir", data);
        Assert.Equal(1, never.ExitCode);
        Assert.Contains($"story {before[2].Story} is not merged into another story", never.StandardError, StringComparison.Ordinal);
        Assert.Equal(after, await ArticlesAsync(data));
    }

    [Fact]
    public async Task Unmerge_TakesTheMergedStoryBackOut()
    {
        using var temp = new TempFolder();
        var (data, before) = await ImportDigestAsync(temp);
        var (from, into) = (before[1].Story.ToString(CultureInfo.InvariantCulture), before[0].Story.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, (await CliRunner.RunAsync("stories", "merge", from, into, "--data-dir", data)).ExitCode);

        var unmerge = await CliRunner.RunAsync("stories", "unmerge", from, "--data-dir", data);
        Assert.True(unmerge.ExitCode == 0, unmerge.ToString());
        Assert.Equal($"took story {from} back out of story {into}: 1 article came back", unmerge.StandardOutput.Trim());
        Assert.Equal(before, await ArticlesAsync(data));
        var history = await CliRunner.RunAsync("stories", "history", from, "--data-dir", data);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d UTC  \S+ \(command line\) undid this story's merge into story {into}: 1 article came back\.$",
            history.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    [Fact]
    public async Task Check_ListsTheDemosWeakJoins_AndMovedOrConfirmedReportsLeaveTheList()
    {
        using var temp = new TempFolder();
        var demo = await CliRunner.RunAsync("demo", "--out", temp.Combine("demo"), "--no-serve");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var data = temp.Combine("demo", "data");

        // Demo/README.md puts the unification minister's report with the drills, not the launches it joined.
        const string Talks = "Unification minister: talks offer stands despite threats";
        var check = await CliRunner.RunAsync("stories", "check", "--days", "36500", "--data-dir", data);
        Assert.True(check.ExitCode == 0, check.ToString());
        var line = check.StandardOutput.Split('\n').Single(l => l.Contains(Talks, StringComparison.Ordinal));
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^article (\d+) in story (\d+) \(score (-?\d+\.\d\d)\)");
        Assert.True(match.Success, line);
        Assert.True(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) < 0.5, line);
        Assert.Contains("newsdesk stories move ARTICLE", check.StandardOutput, StringComparison.Ordinal);

        var move = await CliRunner.RunAsync("stories", "move", match.Groups[1].Value, "--data-dir", data);
        Assert.True(move.ExitCode == 0, move.ToString());
        var after = await CliRunner.RunAsync("stories", "check", "--days", "36500", "--data-dir", data);
        Assert.DoesNotContain(Talks, after.StandardOutput, StringComparison.Ordinal);

        // The Beijing item is the launch story's (Demo/README.md): the editor keeps it there.
        const string Beijing = "Beijing urges calm after launches";
        var beijing = System.Text.RegularExpressions.Regex.Match(after.StandardOutput.Split('\n').Single(l => l.Contains(Beijing, StringComparison.Ordinal)), @"^article (\d+)").Groups[1].Value;
        var confirm = await CliRunner.RunAsync("stories", "confirm", beijing, "--data-dir", data);
        Assert.True(confirm.ExitCode == 0, confirm.ToString());
        Assert.StartsWith($"kept article {beijing} in story ", confirm.StandardOutput, StringComparison.Ordinal);
        var confirmed = await CliRunner.RunAsync("stories", "check", "--days", "36500", "--data-dir", data);
        Assert.DoesNotContain(Beijing, confirmed.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(after.StandardOutput.Split('\n').Count(l => l.StartsWith("article ", StringComparison.Ordinal)) - 1,
            confirmed.StandardOutput.Split('\n').Count(l => l.StartsWith("article ", StringComparison.Ordinal)));
        var missing = await CliRunner.RunAsync("stories", "confirm", "424242", "--data-dir", data);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("article 424242 does not exist", missing.StandardError, StringComparison.Ordinal);

        var bad = await CliRunner.RunAsync("stories", "check", "--days", "0", "--data-dir", data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--days and --limit must be at least 1", bad.StandardError, StringComparison.Ordinal);
    }
}
