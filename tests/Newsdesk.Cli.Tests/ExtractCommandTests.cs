using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Article = """
        <html lang="en"><head><title>Tram line opens - City Desk</title><meta property="og:site_name" content="City Desk">
        <meta property="article:published_time" content="2026-01-05T09:00:00Z"><meta name="author" content="Ola Nwosu"></head>
        <body><nav><a href="/">Home</a></nav><article><p>The new tram line between the station and the university opened on Monday with free rides for the first week.</p>
        <p>City officials expect about twelve thousand passengers a day once the timetable reaches full frequency in March.</p></article></body></html>
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsdesk-extract-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "pages", "sub"));
        File.WriteAllText(Path.Combine(_dir, "pages", "a.html"), Article);
        using (var gz = new GZipStream(File.Create(Path.Combine(_dir, "pages", "sub", "b.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Article.Replace("tram line", "ferry route", StringComparison.Ordinal)));
        }

        File.WriteAllBytes(Path.Combine(_dir, "pages", "c.htm"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(_dir, "pages", "d.html.gz"), "this is not gzip");
        File.WriteAllText(Path.Combine(_dir, "pages", "notes.txt"), "ignored: not a page");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Jsonl_OneRecordPerPage_BadPagesAreErrorRecords()
    {
        var result = await CliRunner.RunAsync("extract", Path.Combine(_dir, "pages"), "--jsonl", "--jobs", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.html", "c.htm", "d.html.gz", "b.html.gz"], lines.Select(l => Path.GetFileName(l.GetProperty("path").GetString())));

        var a = lines[0];
        Assert.Equal("Tram line opens", a.GetProperty("title").GetString());
        Assert.Equal("Ola Nwosu", a.GetProperty("byline").GetString());
        Assert.Equal("City Desk", a.GetProperty("site").GetString());
        Assert.Equal("en", a.GetProperty("language").GetString());
        Assert.StartsWith("2026-01-05T09:00:00", a.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("url").ValueKind);
        var text = a.GetProperty("text").GetString()!;
        Assert.StartsWith("The new tram line", text, StringComparison.Ordinal);
        Assert.Contains("\n\nCity officials expect", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);

        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Contains("ferry route", lines[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_IsReadable_AndMissingPathsAreReported()
    {
        var result = await CliRunner.RunAsync("extract", Path.Combine(_dir, "pages", "a.html"), Path.Combine(_dir, "missing.html"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Tram line opens | Ola Nwosu", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 page(s), 0 error(s)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("missing.html: no such file or folder", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPages_ExitsWithUsageError()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        File.WriteAllText(Path.Combine(_dir, "empty", "notes.txt"), "not a page");

        var result = await CliRunner.RunAsync("extract", Path.Combine(_dir, "empty"));

        Assert.Equal(2, result.ExitCode);
    }
}
