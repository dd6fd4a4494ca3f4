namespace Newsdesk.Core.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database holds the store (section "Database").</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite, empty means newsdesk.db in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
