using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class BriefCommandTests
{
    private const string Digest = """
        Morning notes for November 21, 2026
        Quotes of the Day:
        "Dialogue is not a reward. It is a tool."
        – Park Mi-rae, Unification Minister
        1. Missiles fired into the East Sea
        2. Beijing urges calm
        3. Tokyo lodges protest
        1. Missiles fired into the East Sea
        First launch since September.
        Missiles fired into the East Sea
        https://wire.example/2026/11/21/missiles
        By Choi Min-ji
        Peninsula Wire
        November 21, 2026 07:40
        North Korea fired two short-range ballistic missiles into the East Sea on Saturday morning, the military said.
        The missiles flew about 350 kilometers.
        2. Beijing urges calm
        Beijing urges calm
        https://kestrel.example/2026/11/21/calm
        Kestrel News Network
        November 21, 2026 16:20
        China called for restraint <script>alert(1)</script> after the launches.
        3. Tokyo lodges protest
        Tokyo lodges protest
        Northline Daily
        November 20, 2026
        Japan lodged a protest over the launches.
        """;

    [Fact]
    public async Task Brief_WritesHtmlTextAndMarkdown_WithEveryPart()
    {
        using var temp = new TempFolder();
        temp.Write("digest.txt", Digest);
        var data = temp.Combine("data");
        Assert.Equal(0, (await CliRunner.RunAsync("import", temp.Combine("digest.txt"), "--data-dir", data)).ExitCode);

        var result = await CliRunner.RunAsync("brief", "--out", temp.Combine("out"), "--data-dir", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Drafted the brief for 2026-11-21: 2 items, 1 quotes of the day.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"Brief written to {temp.Combine("out", "brief.html")}", result.StandardOutput, StringComparison.Ordinal);

        var text = await File.ReadAllTextAsync(temp.Combine("out", "brief.txt"));
        Assert.Contains("Saturday 21 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("— Park Mi-rae, Unification Minister", text, StringComparison.Ordinal);
        // Ranked by the beat (missiles, North Korea), not by time; each summary cites its article.
        Assert.Contains("1. Missiles fired into the East Sea\n2. Beijing urges calm\n", text, StringComparison.Ordinal);
        Assert.Contains("The missiles flew about 350\nkilometers. (Peninsula Wire)", text, StringComparison.Ordinal);
        Assert.Contains("Peninsula Wire · By Choi Min-ji · 21 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("https://wire.example/2026/11/21/missiles", text, StringComparison.Ordinal);
        Assert.Contains("  > First launch since September.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tokyo lodges protest", text, StringComparison.Ordinal);

        var html = await File.ReadAllTextAsync(temp.Combine("out", "brief.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://wire.example/2026/11/21/missiles\"", html, StringComparison.Ordinal);

        var md = await File.ReadAllTextAsync(temp.Combine("out", "brief.md"));
        Assert.Contains("## Quotes of the day", md, StringComparison.Ordinal);
        Assert.Contains("### 1. Missiles fired into the East Sea", md, StringComparison.Ordinal);
        Assert.Contains("after the launches. ([Kestrel News Network](<https://kestrel.example/2026/11/21/calm>))", md, StringComparison.Ordinal);

        var older = await CliRunner.RunAsync("brief", "--date", "2026-11-20", "--out", temp.Combine("out20"), "--data-dir", data);
        Assert.True(older.ExitCode == 0, older.ToString());
        Assert.Contains("1. Tokyo lodges protest", await File.ReadAllTextAsync(temp.Combine("out20", "brief.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_BadDate_EmptyStore_AndEmptyDay_SayWhy()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");

        var badDate = await CliRunner.RunAsync("brief", "--date", "21/11/2026", "--out", temp.Combine("out"), "--data-dir", data);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--date must be yyyy-MM-dd, not \"21/11/2026\"", badDate.StandardError, StringComparison.Ordinal);

        var empty = await CliRunner.RunAsync("brief", "--out", temp.Combine("out"), "--data-dir", data);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("the store holds no articles yet", empty.StandardError, StringComparison.Ordinal);

        temp.Write("a.txt", "Talks resume\nNovember 20, 2026\n\nThe talks resumed on Friday.");
        Assert.Equal(0, (await CliRunner.RunAsync("import", temp.Combine("a.txt"), "--data-dir", data)).ExitCode);
        var noDay = await CliRunner.RunAsync("brief", "--date", "2026-01-01", "--out", temp.Combine("out"), "--data-dir", data);
        Assert.Equal(1, noDay.ExitCode);
        Assert.Contains("no stored articles are dated 2026-01-01", noDay.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out", "brief.html")));

        // The beat ranks the brief's stories: a beat file with errors is named, line and field, not a crash.
        temp.Write("data/beat.yaml", "name: Mine\nkeywords:\n  - name: missile\n    weight: lots\n");
        var badBeat = await CliRunner.RunAsync("brief", "--out", temp.Combine("out"), "--data-dir", data);
        Assert.Equal(1, badBeat.ExitCode);
        Assert.Contains("line 4, column 13: keywords[1].weight: expected a number, got 'lots'", badBeat.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", badBeat.StandardError, StringComparison.Ordinal);
    }
}
