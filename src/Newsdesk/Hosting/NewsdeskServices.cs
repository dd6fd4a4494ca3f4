using Microsoft.EntityFrameworkCore;
using Newsdesk.Core;
using Newsdesk.Core.Storage;
using Newsdesk.Storage.Postgres;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Hosting;

/// <summary>The registrations every entry point shares (CLI commands, web app, workers).</summary>
internal static class NewsdeskServices
{
    public static IConfigurationBuilder AddNewsdeskConfiguration(this IConfigurationBuilder config, string dataDir, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        config.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        config.AddJsonFile(Path.Combine(dataDir, "newsdesk.json"), optional: true, reloadOnChange: false);
        config.AddEnvironmentVariables("Newsdesk__");
        if (overrides is not null)
        {
            config.AddInMemoryCollection(overrides);
        }

        return config;
    }

    public static IServiceCollection AddNewsdesk(this IServiceCollection services, IConfiguration configuration, string dataDir)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new NewsdeskPaths(dataDir));
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database");
        var db = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddDbContextFactory<NewsdeskDb>(options => ConfigureDatabase(options, db, dataDir));
        services.AddNewsdeskCore();
        return services;
    }

    public static void ConfigureDatabase(DbContextOptionsBuilder options, DatabaseOptions db, string dataDir)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(db.ConnectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
                }

                options.UseNewsdeskPostgres(db.ConnectionString);
                break;
            default:
                options.UseNewsdeskSqlite(string.IsNullOrWhiteSpace(db.ConnectionString) ? SqliteStorage.ConnectionStringFor(dataDir) : db.ConnectionString);
                break;
        }
    }
}
