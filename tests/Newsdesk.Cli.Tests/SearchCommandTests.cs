using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class SearchCommandTests
{
    private const string Report = """
        The navy tracked a foreign submarine off the east coast for six hours, the joint chiefs said on Monday.

        Patrol aircraft followed the boat until it left territorial waters near the port of Sokcho, the military said.

        Officials did not say which country the submarine belonged to, and the defence ministry declined to comment further.
        """;

    /// <summary>An original and its pickup (with a paragraph of its own) are one result naming the pickup's outlet; --copies lists both.</summary>
    [Fact]
    public async Task Search_FoldsAPickupIntoItsOriginal_AndCopiesListsEvery()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var files = temp.Combine("files");
        Directory.CreateDirectory(files);
        await File.WriteAllTextAsync(Path.Combine(files, "wire.txt"), $"""
            Navy tracks submarine off east coast
            Peninsula Wire · by Lee Na-young · November 16, 2026
            https://peninsulawire.example/2026/11/16/submarine

            {Report}
            """);
        await File.WriteAllTextAsync(Path.Combine(files, "pickup.txt"), $"""
            Navy tracks submarine off east coast
            Harbor Ledger · November 16, 2026 18:00
            https://harborledger.example/2026/11/16/submarine-pickup

            {Report}

            Fishing boats in the area were told to stay in port until Tuesday morning.
            """);
        await File.WriteAllTextAsync(Path.Combine(files, "other.txt"), """
            Cost talks stall in Seoul
            Capital Tribune · November 17, 2026
            https://capitaltribune.example/2026/11/17/costs

            Negotiators failed to agree on the cost of stationed troops after two days of talks in Seoul.
            """);
        var import = await CliRunner.RunAsync("import", files, "--data-dir", data);
        Assert.True(import.ExitCode == 0, import.ToString());

        var folded = await CliRunner.RunAsync("search", "submarine", "--json", "--data-dir", data);
        Assert.True(folded.ExitCode == 0, folded.ToString());
        var hit = Assert.Single(Rows(folded));
        Assert.Equal("Peninsula Wire", hit.GetProperty("outlet").GetString());
        Assert.Equal(["Harbor Ledger"], hit.GetProperty("alsoCarriedBy").EnumerateArray().Select(o => o.GetString()));
        Assert.DoesNotContain('\u0002', hit.GetProperty("snippet").GetString()!);

        var each = await CliRunner.RunAsync("search", "submarine", "--copies", "--newest", "--json", "--data-dir", data);
        Assert.Equal(["Harbor Ledger", "Peninsula Wire"], Rows(each).Select(r => r.GetProperty("outlet").GetString()).Order());
        Assert.All(Rows(each), r => Assert.Empty(r.GetProperty("alsoCarriedBy").EnumerateArray()));

        // Words only the pickup has find it alone; the table names what was found.
        var table = await CliRunner.RunAsync("search", "\"fishing boats\"", "--data-dir", data);
        Assert.Contains("Harbor Ledger", table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 result(s)", table.StandardOutput, StringComparison.Ordinal);

        var bad = await CliRunner.RunAsync("search", "-only", "--data-dir", data);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("search: Add at least one word", bad.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRunner.RunAsync("search", "submarine", "--limit", "0", "--data-dir", data)).ExitCode);
    }

    private static List<JsonElement> Rows(CliResult result) =>
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
