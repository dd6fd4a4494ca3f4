using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Sources;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_SigtermDuringACheck_FinishesThatCheckThenExits()
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/slow.xml", async () =>
        {
            requested.TrySetResult();
            // Long enough for the test to send SIGTERM while this check is in flight.
            await Task.Delay(TimeSpan.FromSeconds(3));
            return Results.Text("""
                <rss version="2.0"><channel><title>Slow</title>
                <item><title>Late but complete</title><guid>s1</guid><link>/1</link><description>The check in flight finished after the stop signal.</description></item>
                </channel></rss>
                """, "application/rss+xml");
        }));
        using var cli = new CliFixture(("Newsdesk__Scheduling__PollSeconds", "1"));
        var dir = Path.Combine(cli.DataDir, "opml");
        Directory.CreateDirectory(dir);
        var opml = Path.Combine(dir, "one.opml");
        await File.WriteAllTextAsync(opml, $"""<opml version="2.0"><body><outline text="Slow" type="rss" xmlUrl="{server.Url("/slow.xml")}"/></body></opml>""");
        Assert.Equal(0, (await cli.RunAsync("sources", "import-opml", opml)).ExitCode);

        using var run = StartRun(cli);
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var articles = await cli.RunAsync("articles", "--json");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{await stdout}\n{await stderr}");
        Assert.Contains("Stopped.", await stdout);
        Assert.Contains("Late but complete", articles.StandardOutput);
        Assert.Equal(1, server.CountOf("/slow.xml"));
    }

    private static Process StartRun(CliFixture cli)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var a in new[] { "run", "--data-dir", cli.DataDir })
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in cli.Environment)
        {
            psi.Environment[k] = v;
        }

        return Process.Start(psi) ?? throw new InvalidOperationException("Cannot start newsdesk run");
    }
}
