using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class ImportCommandTests
{
    /// <summary>A compiled newsletter of three items on three events (also the store of StoriesCommandTests).</summary>
    internal const string Digest = """
        Quotes of the Day:
        "A line nobody can see is still a line."
        – Daniel Okafor
        1. Envoys meet in Geneva
        2. Navy tests drone off Jeju
        3. Rail link reopens for freight
        1. Envoys meet in Geneva
        Encouraging, but the agenda is thin.
        Envoys meet in Geneva
        https://meridian.example/2026/11/20/geneva
        By Clara Voss
        November 20, 2026
        Envoys from the two Koreas met in Geneva on Friday for their first direct talks in two years.
        2. Navy tests drone off Jeju
        Navy tests drone off Jeju
        Northline Daily
        November 20, 2026
        The navy flew a carrier-capable drone from a test deck for the first time.
        3. Rail link reopens for freight
        Watch what goes in the wagons.
        Rail link reopens for freight
        northwatch.example · by Mikhail Orlov · November 19, 2026
        The rail link to the port of Rason reopened to freight on Thursday.
        """;

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    [Fact]
    public async Task Import_GoodFiles_ThenAgain_ChangesNothing()
    {
        using var temp = new TempFolder();
        temp.Write("in/digest.txt", Digest);
        temp.Write("in/page.html.gz", Gzip("<html><head><title>Boats at Nampo</title></head><body><article><p>Four boats were seen at Nampo.</p></article></body></html>"));
        var data = temp.Combine("data");

        var first = await CliRunner.RunAsync("import", temp.Combine("in"), "--data-dir", data);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("imported 4, unchanged 0, failed 0", first.StandardOutput.Trim());

        var again = await CliRunner.RunAsync("import", temp.Combine("in"), "--data-dir", data);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal("imported 0, unchanged 4, failed 0", again.StandardOutput.Trim());

        var list = await CliRunner.RunAsync("articles", "--json", "--data-dir", data);
        Assert.Equal(4, list.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Import_EachBadInput_IsNamedWithItsReason_AndTheRestIsImported()
    {
        using var temp = new TempFolder();
        var good = temp.Write("in/good.txt", "Talks resume\n\nThe talks resumed on Friday in Panmunjom.");
        var empty = temp.Write("in/empty.txt", "");
        var binary = temp.Write("in/scan.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A]);
        var whole = Gzip(string.Join('\n', Enumerable.Range(0, 50).Select(i => $"<p>Paragraph {i} of a saved page about the border.</p>")));
        var truncated = temp.Write("in/cut.html.gz", whole[..(whole.Length / 2)]);
        var latin1 = temp.Write("in/latin1.txt", Encoding.Latin1.GetBytes("Réunion à Séoul\n\nLes envoyés se sont réunis vendredi."));
        var huge = temp.Write("in/huge.txt", "Huge\n\n" + new string('x', 6000));
        var missing = temp.Combine("in", "nowhere.txt");
        var unsupported = temp.Write("other/table.csv", "a,b");

        var result = await CliRunner.RunAsync(
            ["import", temp.Combine("in"), missing, unsupported, "--data-dir", temp.Combine("data")],
            new Dictionary<string, string> { ["Newsdesk__Importing__MaxFileBytes"] = "4096" });

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"failed: {empty}: empty file", lines);
        Assert.Contains($"failed: {binary}: binary file (a PDF document), not text", lines);
        Assert.True(lines.Any(l => l.StartsWith($"failed: {truncated}: truncated", StringComparison.Ordinal)), result.ToString());
        Assert.True(lines.Any(l => l.StartsWith($"failed: {latin1}: not valid UTF-8 text", StringComparison.Ordinal)), result.ToString());
        Assert.Contains($"failed: {huge}: file is 5.9 KiB, over the import cap of 4 KiB (Importing:MaxFileBytes)", lines);
        Assert.Contains($"failed: {missing}: no such file or folder", lines);
        Assert.True(lines.Any(l => l.StartsWith($"failed: {unsupported}: unsupported file type", StringComparison.Ordinal)), result.ToString());
        Assert.DoesNotContain(lines, l => l.Contains(good, StringComparison.Ordinal));
        Assert.Equal("imported 1, unchanged 0, failed 7", lines[^1]);
    }

    [Fact]
    public async Task Articles_ShowTheCommentary_InJsonAndTable()
    {
        using var temp = new TempFolder();
        temp.Write("digest.txt", Digest);
        var data = temp.Combine("data");
        var import = await CliRunner.RunAsync("import", temp.Combine("digest.txt"), "--data-dir", data);
        Assert.True(import.ExitCode == 0, import.ToString());

        var json = await CliRunner.RunAsync("articles", "--json", "--data-dir", data);
        var rows = json.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var geneva = rows.Single(r => r.GetProperty("title").GetString() == "Envoys meet in Geneva");
        Assert.Equal("Encouraging, but the agenda is thin.", geneva.GetProperty("commentary").GetString());
        Assert.Equal("Clara Voss", geneva.GetProperty("byline").GetString());
        Assert.Equal("https://meridian.example/2026/11/20/geneva", geneva.GetProperty("url").GetString());
        var rail = rows.Single(r => r.GetProperty("title").GetString() == "Rail link reopens for freight");
        Assert.Equal("northwatch.example", rail.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, rows.Single(r => r.GetProperty("title").GetString() == "Navy tests drone off Jeju").GetProperty("commentary").ValueKind);

        var table = await CliRunner.RunAsync("articles", "--data-dir", data);
        Assert.Contains("Commentary", table.StandardOutput, StringComparison.Ordinal);
        var railRow = table.StandardOutput.Split('\n').Single(l => l.Contains("Rail link reopens for freight", StringComparison.Ordinal));
        Assert.Contains("Watch what goes in the wagons.", railRow, StringComparison.Ordinal);
        Assert.Contains("Mikhail Orlov", railRow, StringComparison.Ordinal);
        Assert.Contains("3 article(s)", table.StandardOutput, StringComparison.Ordinal);
    }
}
