using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;
using Newsdesk.Hosting;
using Newsdesk.Web;

namespace Newsdesk.Cli;

/// <summary>`newsdesk serve`: the newsroom web app and, unless --no-worker, the refresh worker of `newsdesk run`.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';'",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static readonly Option<bool> NoWorker = new("--no-worker")
    {
        Description = "Serve only, without checking sources (when separate `newsdesk run` processes check them)",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the newsroom (inbox, stories, search, brief composer, archive and feeds) and check sources as they fall due")
        {
            Urls, NoWorker,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir));
            return await RunAsync(dataDir, parse.GetValue(Urls) ?? DefaultUrls, parse.GetValue(GlobalOptions.Verbose), !parse.GetValue(NoWorker), ct);
        });
        return command;
    }

    /// <summary>Serves, with the refresh worker, until Ctrl+C (or <paramref name="ct"/>); also the end of `newsdesk demo`.</summary>
    public static Task<int> RunAsync(string dataDir, string urls, bool verbose, CancellationToken ct) =>
        RunAsync(dataDir, urls, verbose, worker: true, ct);

    /// <summary>Serves until Ctrl+C / SIGTERM (or <paramref name="ct"/>); stopping lets the worker finish
    /// the checks in flight while Kestrel finishes its requests.</summary>
    public static async Task<int> RunAsync(string dataDir, string urls, bool verbose, bool worker, CancellationToken ct)
    {
        await using var app = NewsroomApp.Build(new NewsroomHostSettings(dataDir, urls)
        {
            MinimumLogLevel = verbose ? LogLevel.Debug : LogLevel.Information,
            RunRefreshWorker = worker,
        });
        var address = await NewsroomApp.StartAsync(app, ct);
        await Console.Out.WriteLineAsync($"Newsroom: {address}/  (data: {dataDir}; Ctrl+C stops)");
        await Console.Out.WriteLineAsync(worker
            ? "Checking sources as they fall due (--no-worker serves only)."
            : "Not checking sources (--no-worker): run `newsdesk run` beside it.");
        if (!await HasUsersAsync(app.Services, ct))
        {
            await Console.Out.WriteLineAsync("No accounts yet: create one with `newsdesk users add NAME --role admin`.");
        }

        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync("Stopped.");
        return 0;
    }

    private static async Task<bool> HasUsersAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
        return await db.Users.AnyAsync(ct);
    }
}
