using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Hosting;

namespace Newsdesk.Cli;

/// <summary>Builds the service container for one CLI command and brings the store up to date.</summary>
internal static class CliHost
{
    public static Task<IHost> StartAsync(ParseResult parse, CancellationToken ct, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? configure = null) =>
        StartAsync(parse, DataDirectory.Resolve(parse.GetValue(GlobalOptions.DataDir)), ct, overrides, configure);

    /// <summary>As above, on a data directory the command chose itself (`demo` uses a fresh one).</summary>
    public static async Task<IHost> StartAsync(ParseResult parse, string dataDir, CancellationToken ct, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddNewsdeskConfiguration(dataDir, overrides);
        builder.Logging.ClearProviders();
        // Standard output carries command results (tables, JSON lines); logs go to standard error.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddNewsdesk(builder.Configuration, dataDir);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await MigrateAsync(host.Services, ct);
        return host;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<NewsdeskDb>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        // Stories stored before the figure flag existed (or written around the ingestor) get it now.
        await Core.Stories.StoryFigureCheck.FillUncheckedAsync(db, ct);
    }
}
