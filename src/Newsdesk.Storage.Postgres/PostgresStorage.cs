using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Newsdesk.Storage.Postgres;

/// <summary>PostgreSQL provider setup, for teams running several worker processes.</summary>
public static class PostgresStorage
{
    public static DbContextOptionsBuilder UseNewsdeskPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresStorage).Assembly.GetName().Name))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
