using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

/// <summary>The real Core services over a fresh test database, with loopback fetching allowed unless a test says otherwise.</summary>
internal sealed class TestPipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly Dictionary<string, string?> _settings;
    private readonly List<ServiceProvider> _others = [];

    private TestPipeline(TestDatabase db, Dictionary<string, string?> settings, ManualClock clock)
    {
        Db = db;
        _settings = settings;
        Clock = clock;
        _services = Build(db, settings, clock);
    }

    public TestDatabase Db { get; }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _services;

    public static async Task<TestPipeline> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, Dictionary<string, string?>? settings = null)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var values = new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MinDelayPerHostMilliseconds"] = "0",
            ["Fetching:TimeoutSeconds"] = "10",
            ["Scheduling:Workers"] = "2",
        };
        foreach (var (k, v) in settings ?? [])
        {
            values[k] = v;
        }

        return new TestPipeline(db, values, new ManualClock());
    }

    /// <summary>The same services built again over the same store and clock: what a second worker
    /// process holds (its own pool, host gates and lease owner name). Disposed with this pipeline.</summary>
    public IServiceProvider AnotherProcess()
    {
        var services = Build(Db, _settings, Clock);
        _others.Add(services);
        return services;
    }

    private static ServiceProvider Build(TestDatabase db, Dictionary<string, string?> values, ManualClock clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddDbContextFactory<NewsdeskDb>(db.Configure);
        services.AddNewsdeskCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Adds a feed source directly (no fetch) and returns its id.</summary>
    public async Task<long> AddSourceAsync(Uri url, string title = "Fixture feed")
    {
        await using var db = Db.CreateContext();
        var source = new Source { Kind = SourceKind.Feed, Url = url.ToString(), Title = title, CreatedAt = Clock.GetUtcNow(), NextCheckAt = Clock.GetUtcNow() };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    }

    public async Task<RefreshReport> RefreshAsync(long sourceId)
    {
        var summary = await Services.GetRequiredService<RefreshPass>().RunAsync([sourceId], null, default);
        return Assert.Single(summary.Reports);
    }

    public async Task<Source> SourceAsync(long id)
    {
        await using var db = Db.CreateContext();
        return await db.Sources.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    public async Task<List<Core.Articles.Article>> ArticlesAsync()
    {
        await using var db = Db.CreateContext();
        return await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await _services.DisposeAsync();
        await Db.DisposeAsync();
    }
}
