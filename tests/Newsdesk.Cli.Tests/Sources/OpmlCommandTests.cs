namespace Newsdesk.Cli.Tests.Sources;

public sealed class OpmlCommandTests
{
    private const string Opml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>My beat</title></head>
          <body>
            <outline text="Korea" title="Korea">
              <outline text="Defense" title="Defense">
                <outline text="Yonhap Defense" title="Yonhap Defense" type="rss" xmlUrl="https://yonhap.example/defense.xml" htmlUrl="https://yonhap.example/" category="military,/north"/>
              </outline>
              <outline text="Ledger" type="rss" xmlUrl="https://ledger.example/feed"/>
            </outline>
            <outline text="Broken one" type="rss" xmlUrl="javascript:alert(1)"/>
            <outline text="No URL at all" type="rss" xmlUrl="not a url"/>
            <outline text="Top level" title="Top level" type="rss" xmlUrl="https://top.example/rss"/>
          </body>
        </opml>
        """;

    [Fact]
    public async Task ImportOpml_WithBadOutlines_ImportsTheRestAndReportsThem()
    {
        using var cli = new CliFixture();
        var file = Path.Combine(cli.DataDir, "in.opml");
        await File.WriteAllTextAsync(file, Opml);

        var import = await cli.RunAsync("sources", "import-opml", file);
        var again = await cli.RunAsync("sources", "import-opml", file);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("Imported 3 source(s); 0 already followed; 2 problem(s).", import.StandardOutput);
        Assert.Contains("Outline \"Broken one\": 'javascript:alert(1)' is not an http or https feed URL; skipped.", import.StandardError);
        Assert.Contains("Outline \"No URL at all\"", import.StandardError);
        Assert.Contains("Imported 0 source(s); 3 already followed", again.StandardOutput);
    }

    [Fact]
    public async Task ExportOpml_AfterImport_RoundTripsCategoriesTitlesAndTags()
    {
        using var first = new CliFixture();
        using var second = new CliFixture();
        var input = Path.Combine(first.DataDir, "in.opml");
        var exported = Path.Combine(first.DataDir, "out.opml");
        await File.WriteAllTextAsync(input, Opml);

        await first.RunAsync("sources", "import-opml", input);
        var export = await first.RunAsync("sources", "export-opml", "--output", exported);
        await second.RunAsync("sources", "import-opml", exported);
        var listFirst = await first.RunAsync("sources", "list", "--json");
        var listSecond = await second.RunAsync("sources", "list", "--json");
        var reexport = await second.RunAsync("sources", "export-opml");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(Normalise(listFirst.StandardOutput), Normalise(listSecond.StandardOutput));
        Assert.Contains("\"category\":\"Korea/Defense\"", listFirst.StandardOutput);
        Assert.Contains("\"tags\":[\"military\",\"north\"]", listFirst.StandardOutput);
        Assert.Contains("\"title\":\"Yonhap Defense\"", listFirst.StandardOutput);
        Assert.Contains("title=\"Yonhap Defense\"", reexport.StandardOutput);
        Assert.Contains("<outline text=\"Korea\"", reexport.StandardOutput);
        Assert.Equal(
            Lines(await File.ReadAllTextAsync(exported)).Where(l => !l.Contains("dateCreated", StringComparison.Ordinal)),
            Lines(reexport.StandardOutput).Where(l => !l.Contains("dateCreated", StringComparison.Ordinal)));
    }

    // Ids and due times differ between the two stores; everything the OPML carries must not.
    private static string Normalise(string jsonLines) => string.Join('\n', jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"(id|nextCheckAt)\":[^,]+,", "")).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Lines(string s) => s.Split('\n').Select(l => l.TrimEnd('\r'));
}
