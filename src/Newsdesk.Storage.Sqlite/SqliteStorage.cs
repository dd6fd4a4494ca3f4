using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Newsdesk.Storage.Sqlite;

/// <summary>SQLite provider setup: the default store, one file in the data directory.</summary>
public static class SqliteStorage
{
    public const string FileName = "newsdesk.db";

    public static string ConnectionStringFor(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, FileName),
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptionsBuilder UseNewsdeskSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmas.Instance)
            // Migrations are written by hand (the EF design-time package is not available here);
            // StorageSchemaTests compare the migrated schema with the model instead of a snapshot.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
