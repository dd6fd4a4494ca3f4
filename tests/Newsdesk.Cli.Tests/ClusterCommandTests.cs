using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class ClusterCommandTests
{
    [Fact]
    public async Task Cluster_JsonLines_WritesOneStoryIdPerArticle()
    {
        using var temp = new TempFolder();
        var (result, lines) = await ClusterAsync(temp,
        [
            """{"id": "a", "title": "Typhoon Maysak makes landfall near Busan", "text": "Typhoon Maysak made landfall near Busan on Thursday, forcing 2,000 residents into shelters.", "published": "2026-09-03T01:00:00Z"}""",
            """{"id": 7, "title": "Lombok earthquake kills 14", "text": "A magnitude 6.1 earthquake struck Lombok in Indonesia, killing 14 people.", "source": "example.org"}""",
            "",
            """{"id": "b", "title": "Busan braces as Typhoon Maysak hits", "text": "Ferries were cancelled in Busan as Typhoon Maysak hit; 2,000 residents spent the night in shelters.", "published": "2026-09-03T04:00:00"}""",
        ]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 articles", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["\"a\"", "7", "\"b\""], lines.Select(l => l.GetProperty("id").GetRawText()));
        var clusters = lines.Select(l => l.GetProperty("cluster").GetInt64()).ToList();
        Assert.Equal(clusters[0], clusters[2]);
        Assert.NotEqual(clusters[0], clusters[1]);
    }

    /// <summary>
    /// A later article can move an earlier one (a weak join it confirms began another event; see
    /// StoryClustererTests): the output, written once the stream has ended, gives the final stories.
    /// </summary>
    [Fact]
    public async Task Cluster_ReportSplittingOffAWeakJoin_WritesTheMovedArticlesNewStory()
    {
        using var temp = new TempFolder();
        var (result, rows) = await ClusterAsync(temp,
        [
            """{"id": "r1", "title": "Falcons linebacker Dario Menk arrested on suspicion of drunk driving", "text": "Harbor City Falcons linebacker Dario Menk was arrested early Sunday on suspicion of driving under the influence, police said. Officers stopped his car on Route 9 after it drifted across lanes at 2:40 a.m. Menk was booked into county jail and released on bail. The Falcons said they were gathering information.", "published": "2026-11-20T09:00:00Z"}""",
            """{"id": "r2", "title": "Police: Falcons' Menk was weaving across Route 9 before DUI arrest", "text": "Dario Menk, the Harbor City Falcons linebacker, was weaving across lanes of Route 9 when officers pulled him over early Sunday, according to the police report. He failed a field sobriety test and was arrested on suspicion of drunk driving, then released on bail.", "published": "2026-11-20T14:00:00Z"}""",
            """{"id": "r3", "title": "Falcons linebacker Menk released on bail after DUI arrest", "text": "Falcons linebacker Dario Menk was released on bail on Sunday after his arrest on suspicion of driving under the influence on Route 9. Coach Ray Tolland said the team was disappointed and would handle the matter internally.", "published": "2026-11-20T18:00:00Z"}""",
            """{"id": "r4", "title": "Another Falcons player arrested: receiver Tavon Kessler held on DUI charge", "text": "Harbor City Falcons receiver Tavon Kessler was arrested on suspicion of drunk driving on Thursday, weeks after linebacker Dario Menk was arrested on suspicion of driving under the influence. Officers stopped Kessler on Bay Street at 1:15 a.m. and a breath test read 0.12, police said.", "published": "2026-12-30T09:00:00Z"}""",
            """{"id": "r5", "title": "Receiver Tavon Kessler charged after Bay Street stop, breath test of 0.12", "text": "Prosecutors charged Harbor City Falcons receiver Tavon Kessler with driving under the influence after officers stopped him on Bay Street at 1:15 a.m. on Thursday. Kessler's breath test read 0.12. The Falcons suspended Kessler for one game.", "published": "2026-12-30T15:00:00Z"}""",
        ]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var clusters = rows.Select(r => r.GetProperty("cluster").GetInt64()).ToList();
        Assert.Equal(5, clusters.Count);
        Assert.Equal([clusters[0], clusters[0]], clusters[1..3]);
        Assert.Equal(clusters[3], clusters[4]);
        Assert.NotEqual(clusters[0], clusters[3]);
    }

    [Fact]
    public async Task Cluster_BadLines_AreSkippedNamingEachLine_AndTheRestIsClustered()
    {
        using var temp = new TempFolder();
        var (result, rows) = await ClusterAsync(temp,
        [
            """{"id": "a", "title": "Typhoon Maysak makes landfall near Busan", "text": "Typhoon Maysak made landfall near Busan on Thursday."}""",
            """{"title": "no id"}""",
            """{"id": "b", "title": "Busan braces as Typhoon Maysak hits", "text": "Ferries were cancelled in Busan as Typhoon Maysak hit.", "published": "last Thursday"}""",
            """{bad json""",
            """{"id": "a", "title": "A second line with the first id", "text": "Text."}""",
            """{"id": "c"}""",
            """{"id": "d", "title": "Lombok earthquake kills 14", "text": "A magnitude 6.1 earthquake struck Lombok in Indonesia."}""",
        ]);

        Assert.Equal(1, result.ExitCode);
        foreach (var (line, why) in new[] { (2, "\"id\""), (3, "not a date: last Thursday"), (4, "not JSON"), (5, "the id \"a\" was used by an earlier line"), (6, "neither") })
        {
            Assert.Contains($"in.jsonl:{line}: skipped: ", result.StandardError, StringComparison.Ordinal);
            Assert.Contains(why, result.StandardError, StringComparison.Ordinal);
        }

        Assert.Contains("skipped 5 line(s)", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["\"a\"", "\"d\""], rows.Select(r => r.GetProperty("id").GetRawText()));
    }

    [Fact]
    public async Task Cluster_MissingInputOrOutputFolder_FailsNamingIt_BeforeWork()
    {
        using var temp = new TempFolder();
        var missing = await CliRunner.RunAsync("cluster", "--input", temp.Combine("none.jsonl"), "--out", temp.Combine("out.jsonl"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("input file not found: " + temp.Combine("none.jsonl"), missing.StandardError, StringComparison.Ordinal);

        await File.WriteAllTextAsync(temp.Combine("in.jsonl"), """{"id": "a", "title": "One", "text": "Text."}""");
        var noFolder = await CliRunner.RunAsync("cluster", "--input", temp.Combine("in.jsonl"), "--out", temp.Combine("nowhere/out.jsonl"));
        Assert.Equal(2, noFolder.ExitCode);
        Assert.Contains("output folder not found: " + temp.Combine("nowhere"), noFolder.StandardError, StringComparison.Ordinal);
    }

    /// <summary>Runs `newsdesk cluster` from in.jsonl (the lines given) to out.jsonl in the folder; the output's rows, if it wrote any.</summary>
    private static async Task<(CliResult Result, List<JsonElement> Rows)> ClusterAsync(TempFolder temp, string[] lines)
    {
        var (input, output) = (temp.Combine("in.jsonl"), temp.Combine("out.jsonl"));
        await File.WriteAllLinesAsync(input, lines);
        var result = await CliRunner.RunAsync("cluster", "--input", input, "--out", output);
        var rows = File.Exists(output) ? (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList() : [];
        return (result, rows);
    }
}
