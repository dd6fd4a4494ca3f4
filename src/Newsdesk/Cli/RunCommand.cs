using System.CommandLine;
using Newsdesk.Workers;

namespace Newsdesk.Cli;

/// <summary>`newsdesk run`: the scheduler as a long-lived worker; Ctrl+C or SIGTERM drains the checks in flight.</summary>
internal static class RunCommand
{
    /// <summary>How long in-flight checks may take to finish after a stop signal: one full fetch
    /// (Fetching:TimeoutSeconds, 30 s by default) plus the time to store its entries.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(45);

    public static Command Create()
    {
        var command = new Command("run", "Check sources as they fall due, until stopped (Ctrl+C / SIGTERM)");
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse, ct, configure: services =>
            {
                services.AddHostedService<RefreshWorker>();
                services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownGrace - TimeSpan.FromSeconds(5));
            });
            await Console.Out.WriteLineAsync("Newsdesk is checking sources as they fall due. Ctrl+C stops it.");
            await host.RunAsync(ct);
            await Console.Out.WriteLineAsync("Stopped.");
            return 0;
        });
        return command;
    }
}
