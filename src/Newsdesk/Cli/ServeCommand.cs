using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;
using Newsdesk.Hosting;
using Newsdesk.Web;

namespace Newsdesk.Cli;

/// <summary>`newsdesk serve`: the newsroom web app.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly Option<string> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';'",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the newsroom: inbox, stories, search, brief composer, archive and feeds") { Urls };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir));
            return await RunAsync(dataDir, parse.GetValue(Urls) ?? DefaultUrls, parse.GetValue(GlobalOptions.Verbose), ct);
        });
        return command;
    }

    /// <summary>Serves until Ctrl+C (or <paramref name="ct"/>); also the end of `newsdesk demo`.</summary>
    public static async Task<int> RunAsync(string dataDir, string urls, bool verbose, CancellationToken ct)
    {
        await using var app = NewsroomApp.Build(new NewsroomHostSettings(dataDir, urls)
        {
            MinimumLogLevel = verbose ? LogLevel.Debug : LogLevel.Information,
        });
        var address = await NewsroomApp.StartAsync(app, ct);
        await Console.Out.WriteLineAsync($"Newsroom: {address}/  (data: {dataDir}; Ctrl+C stops)");
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
        return 0;
    }

    private static async Task<bool> HasUsersAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsdeskDb>();
        return await db.Users.AnyAsync(ct);
    }
}
