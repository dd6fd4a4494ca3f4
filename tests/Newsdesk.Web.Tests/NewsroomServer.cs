using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;
using Newsdesk.Web;

namespace Newsdesk.Web.Tests;

/// <summary>
/// The real newsroom (NewsroomApp.Build, as `newsdesk serve` runs it) on Kestrel at 127.0.0.1 and a
/// free port, over a fresh SQLite data dir or PostgreSQL database, with a manual clock.
/// </summary>
public sealed class NewsroomServer : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly WebApplication _app;
    private readonly string _dataDir;
    private readonly TestDatabase? _postgres;

    private NewsroomServer(WebApplication app, string baseUrl, string dataDir, TestDatabase? postgres, ManualClock clock)
    {
        _app = app;
        BaseUrl = baseUrl.TrimEnd('/');
        _dataDir = dataDir;
        _postgres = postgres;
        Clock = clock;
    }

    public string BaseUrl { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _app.Services;

    internal EndpointDataSource Endpoints => _app.Services.GetRequiredService<EndpointDataSource>();

    public static async Task<NewsroomServer> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, int signInAttemptsPerMinute = 1000, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "newsdesk-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        var config = new Dictionary<string, string?>
        {
            // Test accounts need no real work factor; production keeps the default.
            ["Accounts:PasswordIterations"] = "1000",
            ["Newsroom:SignInAttemptsPerMinute"] = signInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Newsroom:SiteTitle"] = "Korea Security Brief",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        TestDatabase? postgres = null;
        if (provider == DatabaseProvider.Postgres)
        {
            postgres = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
            config["Database:Provider"] = "Postgres";
            config["Database:ConnectionString"] = postgres.ConnectionString;
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));
        var app = NewsroomApp.Build(new NewsroomHostSettings(dataDir, "http://127.0.0.1:0")
        {
            Configuration = config,
            MinimumLogLevel = LogLevel.Warning,
            ConfigureServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)),
        });
        var address = await NewsroomApp.StartAsync(app, CancellationToken.None);
        return new NewsroomServer(app, address, dataDir, postgres, clock);
    }

    public async Task<T> WithDbAsync<T>(Func<NewsdeskDb, Task<T>> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NewsdeskDb>());
    }

    public Task WithDbAsync(Func<NewsdeskDb, Task> action) => WithDbAsync(async db =>
    {
        await action(db);
        return 0;
    });

    /// <summary>Creates an account with <see cref="Password"/>.</summary>
    public Task AddUserAsync(string name, UserRole role, string? displayName = null) => WithDbAsync(async db =>
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var result = await accounts.AddAsync(name, Password, role, displayName, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
    });

    public Task<string> CreateTokenAsync(string name) => WithDbAsync(async _ =>
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateTokenAsync(name, "test", CancellationToken.None);
        return result.Value!;
    });

    public Task<NewsroomData> SeedAsync() => WithDbAsync(db => NewsroomData.SeedAsync(db, Clock));

    /// <summary>Stops the server as SIGTERM does (its hosted services stop); the store stays readable until disposal.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
