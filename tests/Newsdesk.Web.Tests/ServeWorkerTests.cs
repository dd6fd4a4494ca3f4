using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests;

/// <summary>
/// `newsdesk serve` as one process for a single machine: the newsroom and the refresh worker, both
/// stopped gracefully by SIGTERM; `--no-worker` serves only (for teams running `newsdesk run` apart).
/// </summary>
public sealed class ServeWorkerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "newsdesk-serve-worker-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment { get; } = new()
    {
        ["Newsdesk__Fetching__AllowedPrivateNetworks__0"] = "127.0.0.1",
        ["Newsdesk__Fetching__MinDelayPerHostMilliseconds"] = "0",
        ["Newsdesk__Scheduling__PollSeconds"] = "1",
    };

    [Fact]
    public async Task Serve_ChecksDueSources_AndOnSigtermFinishesTheCheckInFlight()
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var feeds = await FixtureServer.StartAsync(app => app.MapGet("/slow.xml", async () =>
        {
            requested.TrySetResult();
            // Long enough for the test to send SIGTERM while this check is in flight.
            await Task.Delay(TimeSpan.FromSeconds(3));
            return Results.Text("""
                <rss version="2.0"><channel><title>Slow wire</title>
                <item><title>Late but complete</title><guid>s1</guid><link>/1</link><description>The check in flight finished after the stop signal.</description></item>
                </channel></rss>
                """, "application/rss+xml");
        }));
        await ImportAsync(feeds.Url("/slow.xml"));
        var port = ProcessRunner.FreePort();

        await using var serve = NewsdeskProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--data-dir", _dataDir], Environment);
        Assert.Equal($"Newsroom: http://127.0.0.1:{port}/  (data: {_dataDir}; Ctrl+C stops)", await serve.ReadLineAsync(Patience));
        Assert.Equal("Checking sources as they fall due (--no-worker serves only).", await serve.ReadLineAsync(Patience));
        await requested.Task.WaitAsync(Patience);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var archive = await http.GetAsync("archive");
        var exit = await serve.StopAsync(Patience);
        var articles = await CliRunner.RunAsync(["articles", "--json", "--data-dir", _dataDir], Environment);

        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        Assert.True(exit == 0, $"exit {exit}\n{serve}");
        Assert.Contains("Stopped.", serve.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Late but complete", articles.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, feeds.CountOf("/slow.xml"));
    }

    [Fact]
    public async Task Serve_NoWorker_ServesWithoutCheckingSources()
    {
        await using var feeds = await FixtureServer.StartAsync(app => app.MapGet("/feed.xml", () =>
            Results.Text("<rss version=\"2.0\"><channel><title>Wire</title><item><title>One</title><guid>1</guid></item></channel></rss>", "application/rss+xml")));
        await ImportAsync(feeds.Url("/feed.xml"));
        var port = ProcessRunner.FreePort();

        await using var serve = NewsdeskProcess.Start(["serve", "--no-worker", "--urls", $"http://127.0.0.1:{port}", "--data-dir", _dataDir], Environment);
        await serve.ReadLineAsync(Patience);
        var second = await serve.ReadLineAsync(Patience);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var archive = await http.GetAsync("archive");
        // Three poll intervals: a worker would have checked the due source by now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var exit = await serve.StopAsync(Patience);

        Assert.Equal("Not checking sources (--no-worker): run `newsdesk run` beside it.", second);
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        Assert.True(exit == 0, $"exit {exit}\n{serve}");
        Assert.Equal(0, feeds.CountOf("/feed.xml"));
    }

    private async Task ImportAsync(Uri feed)
    {
        Directory.CreateDirectory(_dataDir);
        var opml = Path.Combine(_dataDir, "sources.opml");
        await File.WriteAllTextAsync(opml, $"""<opml version="2.0"><body><outline text="Wire" type="rss" xmlUrl="{feed}"/></body></opml>""");
        var import = await CliRunner.RunAsync(["sources", "import-opml", opml, "--data-dir", _dataDir], Environment);
        Assert.True(import.ExitCode == 0, import.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
