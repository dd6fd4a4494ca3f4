using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Storage.Postgres;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Testing;

/// <summary>A fresh, migrated database for one test, on SQLite (a temp file) or the test PostgreSQL server.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? directory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _directory = directory;
        var builder = new DbContextOptionsBuilder<NewsdeskDb>();
        Configure(builder);
        Options = builder.Options;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DbContextOptions<NewsdeskDb> Options { get; }

    /// <summary>For SQLite, the temporary data directory holding newsdesk.db.</summary>
    public string? DataDirectory => _directory;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool migrate = true, CancellationToken ct = default)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.GetAsync(ct);
            db = new TestDatabase(provider, await server.CreateDatabaseAsync("newsdesk_test", ct), null);
        }
        else
        {
            var dir = Path.Combine(Path.GetTempPath(), "newsdesk-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            db = new TestDatabase(provider, SqliteStorage.ConnectionStringFor(dir), dir);
        }

        if (migrate)
        {
            await using var context = db.CreateContext();
            await context.Database.MigrateAsync(ct);
        }

        return db;
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            builder.UseNewsdeskPostgres(ConnectionString);
        }
        else
        {
            builder.UseNewsdeskSqlite(ConnectionString);
        }
    }

    public NewsdeskDb CreateContext() => new(Options);

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.GetAsync();
            await server.DropDatabaseAsync(ConnectionString);
        }
        else if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Runs a storage theory once per provider; the PostgreSQL row is skipped with its reason when no server can start (never under CI=true).</summary>
public sealed class ProviderDataAttribute(DatabaseProvider provider) : Xunit.Sdk.DataAttribute
{
    public override string? Skip
    {
        get => provider == DatabaseProvider.Postgres ? Requirements.SkipReason(Component.Postgres) : null;
        set { }
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[provider]];
}
