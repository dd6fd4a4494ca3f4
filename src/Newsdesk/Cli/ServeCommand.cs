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

    /// <summary>The --urls option (serve and demo each get their own instance).</summary>
    public static Option<string> UrlsOption() => new("--urls")
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
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the newsroom (inbox, stories, search, brief composer, archive and feeds) and check sources as they fall due")
        {
            urls, NoWorker,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir));
            var settings = Settings(dataDir, parse.GetValue(urls) ?? DefaultUrls, parse.GetValue(GlobalOptions.Verbose)) with
            {
                RunRefreshWorker = !parse.GetValue(NoWorker),
            };
            string[] welcome = [settings.RunRefreshWorker
                ? "Checking sources as they fall due (--no-worker serves only)."
                : "Not checking sources (--no-worker): run `newsdesk run` beside it."];
            return await RunAsync(settings, welcome, ct);
        });
        return command;
    }

    public static NewsroomHostSettings Settings(string dataDir, string urls, bool verbose) => new(dataDir, urls)
    {
        MinimumLogLevel = verbose ? LogLevel.Debug : LogLevel.Information,
    };

    /// <summary>
    /// Serves until Ctrl+C / SIGTERM (or <paramref name="ct"/>), printing the address and then the
    /// <paramref name="welcome"/> lines (the demo's sign-in); also the end of `newsdesk demo`.
    /// Stopping lets the worker finish the checks in flight while Kestrel finishes its requests.
    /// </summary>
    public static async Task<int> RunAsync(NewsroomHostSettings settings, IReadOnlyList<string> welcome, CancellationToken ct)
    {
        await using var app = NewsroomApp.Build(settings);
        string address;
        try
        {
            address = await NewsroomApp.StartAsync(app, ct);
        }
        catch (IOException e)
        {
            // Kestrel's "address already in use" and its kin: say which option changes it.
            await Console.Error.WriteLineAsync($"newsdesk: cannot listen on {settings.Urls}: {e.Message} Choose another address with --urls.".AsMemory(), CancellationToken.None);
            return 1;
        }

        await Console.Out.WriteLineAsync($"Newsroom: {address}/  (data: {settings.DataDirectory}; Ctrl+C stops)");
        foreach (var line in welcome)
        {
            await Console.Out.WriteLineAsync(line);
        }

        try
        {
            if (!await HasUsersAsync(app.Services, ct))
            {
                await Console.Out.WriteLineAsync("No accounts yet: create one with `newsdesk users add NAME --role admin`.");
            }

            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C (or SIGTERM): the normal way to stop serving.
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
