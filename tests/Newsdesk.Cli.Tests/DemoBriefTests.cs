using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

/// <summary>
/// The demo's brief as issues 5 and 6 ask for it: one item per story, each with the story's
/// summary citing its articles, where the story comes from and who else carried it, the figures
/// its outlets disagree on, and quotes of the day with their speakers.
/// </summary>
public sealed class DemoBriefTests
{
    private sealed record StoredArticle(long Id, long? StoryId, string? Outlet, string? Url, string Text);

    [Fact]
    public async Task DemoBrief_OneItemPerStory_CitedSummaries_SourcesFiguresAndQuotes()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("demo");
        var demo = await CliRunner.RunAsync("demo", "--out", output, "--no-serve");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var data = Path.Combine(output, "data");
        var articles = await ArticlesAsync(Path.Combine(data, "newsdesk.db"));
        var html = await File.ReadAllTextAsync(Path.Combine(output, "brief.html"));
        var items = Regex.Split(html, "<div id=\"item-\\d+\" class=\"brief-item\"").Skip(1).ToList();

        // One item per story of the day (an article no story holds is a story of its own).
        var listed = await CliRunner.RunAsync("articles", "--json", "--data-dir", data);
        var ofTheDay = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("published").GetString()?.StartsWith("2026-11-21", StringComparison.Ordinal) == true)
            .Select(r => articles[r.GetProperty("id").GetInt64()]).ToList();
        Assert.Equal(ofTheDay.Select(a => a.StoryId is { } s ? $"story {s}" : $"article {a.Id}").Distinct().Count(), items.Count);
        Assert.Contains($"for 2026-11-21: {items.Count} items", demo.StandardOutput, StringComparison.Ordinal);

        // Every item's summary: each run of sentences is verbatim in the article its citation names.
        foreach (var item in items)
        {
            var summary = Regex.Match(item, "<p class=\"summary\"[^>]*>(.*?)</p>", RegexOptions.Singleline);
            Assert.True(summary.Success, item);
            var runs = Regex.Matches(summary.Groups[1].Value, " ?(?<text>[^<]+) <span class=\"cite\"[^>]*>\\((?:<a href=\"(?<url>[^\"]+)\"[^>]*>)?(?<source>[^<]+)(?:</a>)?\\)</span>");
            Assert.NotEmpty(runs);
            foreach (Match run in runs)
            {
                var cites = WebUtility.HtmlDecode(run.Groups["text"].Value);
                var url = run.Groups["url"].Success ? WebUtility.HtmlDecode(run.Groups["url"].Value) : null;
                var source = WebUtility.HtmlDecode(run.Groups["source"].Value);
                var cited = articles.Values.Where(a => url is not null ? a.Url == url : a.Outlet == source).ToList();
                Assert.True(cited.Count > 0, $"no article for the citation ({source}, {url})");
                Assert.Contains(cited, a => url is null || a.Outlet == source);
                foreach (var sentence in Sentences(cites))
                {
                    Assert.True(cited.Any(a => OneLine(a.Text).Contains(sentence, StringComparison.Ordinal)), $"\"{sentence}\" is not in {source} ({url})");
                }
            }
        }

        // The launch (planted: two missiles per the wire, three per Kestrel): the wire's story leads,
        // Harbor Ledger carried it word for word, and the table shows the disputed count.
        var launch = Assert.Single(items, i => i.Contains("North Korea fires two ballistic missiles into East Sea</a></h3>", StringComparison.Ordinal));
        // The wire's text file names its outlet by its host; its own dateline "(Peninsula Wire)" names it.
        // "Also reported by" names the day's reports, not the Seoul Morning Post's piece of the day before.
        Assert.Matches("<p class=\"sources\"[^>]*>First reported by Peninsula Wire · also carried by Harbor Ledger · also reported by [^<]*Kestrel News Network[^<]*</p>", launch);
        Assert.DoesNotContain("Seoul Morning Post", Regex.Match(launch, "<p class=\"sources\"[^>]*>(.*?)</p>").Value, StringComparison.Ordinal);
        // Its summary opens with the outlet that reported first, not a later outlet's telling of the same launch.
        var launchSummary = Regex.Match(launch, "<p class=\"summary\"[^>]*>(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith("North Korea fired two short-range ballistic missiles", WebUtility.HtmlDecode(launchSummary).TrimStart(), StringComparison.Ordinal);
        var table = Regex.Match(launch, "<table class=\"figures\".*?</table>", RegexOptions.Singleline).Value;
        var rows = Regex.Matches(table, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList())
            .Where(cells => cells.Count == 3).ToList();
        var missiles = rows.SkipWhile(r => r[0] != "missiles").TakeWhile((r, n) => n == 0 || r[0] == "").ToList();
        Assert.Contains(missiles, r => r[1] == "two short-range ballistic missiles" && r[2] == "Peninsula Wire, Harbor Ledger");
        Assert.Contains(missiles, r => r[1] == "three short-range ballistic missiles" && r[2] == "Kestrel News Network");

        // Quotes of the day: the digest's three first, then found quotes; each with its speaker, each wording once.
        var quotes = Regex.Matches(html, "<blockquote class=\"quote\"[^>]*><p[^>]*>\u201C(.*?)\u201D</p><p class=\"who\"[^>]*>\u2014 (.*?)</p>")
            .Select(m => (Text: WebUtility.HtmlDecode(m.Groups[1].Value), Who: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        Assert.InRange(quotes.Count, 3, 5);
        Assert.Equal(quotes.Count, Regex.Matches(html, "<blockquote class=\"quote\"").Count);
        // The newsletter names no outlet: a curated quote takes the one that reported the words first.
        Assert.Equal("Park Mi-rae, Unification Minister, Seoul Morning Post", quotes[0].Who);
        Assert.StartsWith("Daniel Okafor, Brightwater Centre", quotes[1].Who, StringComparison.Ordinal);
        Assert.StartsWith("Ri Song-chol, North Korean Vice Foreign Minister", quotes[2].Who, StringComparison.Ordinal);
        Assert.All(quotes, q => Assert.Matches("^[A-Z][^ ,]* [^,]+", q.Who));
        Assert.Equal(quotes.Count, quotes.Select(q => Regex.Replace(q.Text.ToLowerInvariant(), "[^a-z0-9]", "")).Distinct().Count());

        // The same brief in text and Markdown.
        var text = await File.ReadAllTextAsync(Path.Combine(output, "brief.txt"));
        Assert.Contains("— Park Mi-rae, Unification Minister", text, StringComparison.Ordinal);
        Assert.Contains("Figures the outlets disagree on:", text, StringComparison.Ordinal);
        Assert.Contains("also carried by Harbor Ledger", OneLine(text), StringComparison.Ordinal);
        var md = await File.ReadAllTextAsync(Path.Combine(output, "brief.md"));
        Assert.Contains("| What | Figure | Reported by |", md, StringComparison.Ordinal);
        Assert.Contains("([Peninsula Wire](<https://peninsulawire.example/", md, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<long, StoredArticle>> ArticlesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, StoryId, Outlet, Url, Text FROM Articles";
        await using var reader = await command.ExecuteReaderAsync();
        var articles = new Dictionary<long, StoredArticle>();
        while (await reader.ReadAsync())
        {
            articles[reader.GetInt64(0)] = new StoredArticle(
                reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4));
        }

        return articles;
    }

    /// <summary>Sentence-sized pieces (an abbreviation may cut one in two; each piece must still be verbatim).</summary>
    private static IEnumerable<string> Sentences(string text) =>
        Regex.Split(OneLine(text), "(?<=[.!?][\"\u201D]?) (?=[A-Z\"\u201C])").Where(s => s.Length > 0);

    private static string OneLine(string text) => Regex.Replace(text, "\\s+", " ").Trim();
}
