using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>
/// Migrations are hand-written SQL (the EF design-time package is not available here), so this is
/// the check that they build exactly the schema the model describes, on both providers.
/// </summary>
public sealed class StorageSchemaTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Migrations_BuildTheModelSchema(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var created = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var context = created.CreateContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        await using var migratedContext = migrated.CreateContext();
        await using var createdContext = created.CreateContext();
        var actual = await SchemaSnapshot.ReadAsync(migratedContext.Database.GetDbConnection(), provider);
        var expected = await SchemaSnapshot.ReadAsync(createdContext.Database.GetDbConnection(), provider);

        var problems = new List<string>();
        foreach (var (table, lines) in expected)
        {
            if (!actual.TryGetValue(table, out var have))
            {
                problems.Add($"table {table} is missing");
                continue;
            }

            problems.AddRange(lines.Except(have).Select(l => $"{table}: missing {l}"));
            problems.AddRange(have.Except(lines).Select(l => $"{table}: unexpected {l}"));
        }

        Assert.True(problems.Count == 0,
            "Migrated schema differs from the model; write a migration (see `newsdesk dev schema-sql`):\n" + string.Join('\n', problems));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Migrate_Twice_IsANoOp(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.CreateContext();
        await context.Database.MigrateAsync();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }
}
