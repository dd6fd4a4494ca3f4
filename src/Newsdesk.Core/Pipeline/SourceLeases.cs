using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Claims sources for the length of one check, so several worker processes on one store (PostgreSQL,
/// or `serve` and `run` on one SQLite file) never fetch a source twice. A claim is a single
/// statement: it takes only sources whose lease is free or expired (and, for scheduled work, still
/// due), and stamps them with the worker's name and <c>now + Scheduling:LeaseSeconds</c>. A worker
/// that dies leaves its lease to expire; the source, still due, is then taken over by another.
/// </summary>
public sealed class SourceLeases(IDbContextFactory<NewsdeskDb> dbs, StoreWriteGate gate, TimeProvider clock, IOptions<SchedulingOptions> options)
{
    public const int MaxOwnerLength = 200;

    private static int _owners;

    /// <summary>How long a claim lasts; a check still running then is abandoned by its worker.</summary>
    public TimeSpan Length => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>A name unique to this worker among all processes on all machines: "host:pid:n".</summary>
    public static string NewOwner()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}:{Interlocked.Increment(ref _owners).ToString(CultureInfo.InvariantCulture)}";
        return name.Length <= MaxOwnerLength ? name : name[^MaxOwnerLength..];
    }

    /// <summary>
    /// Claims those of <paramref name="ids"/> that no other worker holds and, when
    /// <paramref name="onlyIfDue"/>, that are still due (another worker may have checked them since
    /// they were selected). Returns the ids claimed.
    /// </summary>
    public async Task<IReadOnlyList<long>> ClaimAsync(IReadOnlyList<long> ids, string owner, bool onlyIfDue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var sqlite = db.IsSqlite;
        var idList = string.Join(", ", ids.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)));
        var free = """("LeaseUntil" IS NULL OR "LeaseUntil" <= @now)""";
        var due = !onlyIfDue ? ""
            : sqlite
                ? """ AND "Disabled" = 0 AND "Kind" <> @outlet AND "Url" IS NOT NULL AND ("NextCheckAt" IS NULL OR "NextCheckAt" <= @now)"""
                : """ AND NOT "Disabled" AND "Kind" <> @outlet AND "Url" IS NOT NULL AND ("NextCheckAt" IS NULL OR "NextCheckAt" <= @now)""";

        // PostgreSQL: rows another worker is claiming right now are skipped, not waited for; a row
        // claimed and committed meanwhile is re-read under the lock and fails the lease test.
        // SQLite: one writer at a time, so the single UPDATE is the whole claim.
        var sql = sqlite
            ? $"""UPDATE "sources" SET "LeaseOwner" = @owner, "LeaseUntil" = @until WHERE "Id" IN ({idList}) AND {free}{due} RETURNING "Id";"""
            : $"""
               UPDATE sources SET "LeaseOwner" = @owner, "LeaseUntil" = @until
               WHERE {free} AND "Id" IN (SELECT "Id" FROM sources WHERE "Id" IN ({idList}) AND {free}{due} FOR UPDATE SKIP LOCKED)
               RETURNING "Id";
               """;

        // SQLite writers queue at the gate rather than sleep-retrying on SQLITE_BUSY (see StoreWriteGate).
        using var held = await gate.EnterAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            SqlParameters.Add(command, "owner", owner);
            SqlParameters.Add(command, "now", SqlParameters.Time(now, sqlite));
            SqlParameters.Add(command, "until", SqlParameters.Time(now + Length, sqlite));
            SqlParameters.Add(command, "outlet", (int)SourceKind.Outlet);
            for (var i = 0; i < ids.Count; i++)
            {
                SqlParameters.Add(command, "id" + i.ToString(CultureInfo.InvariantCulture), ids[i]);
            }

            var claimed = new List<long>(ids.Count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(reader.GetInt64(0));
            }

            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Gives the source back, if this owner still holds it (an expired lease may have been taken over).</summary>
    public async Task ReleaseAsync(long id, string owner, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        using var held = await gate.EnterAsync(db, ct);
        await db.Sources.Where(s => s.Id == id && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseOwner, (string?)null).SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>Who holds the source now (null when nobody does, or the lease has expired).</summary>
    public async Task<(string Owner, DateTimeOffset Until)?> HolderAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var lease = await db.Sources.AsNoTracking().Where(s => s.Id == id && s.LeaseOwner != null && s.LeaseUntil > now)
            .Select(s => new { s.LeaseOwner, s.LeaseUntil }).FirstOrDefaultAsync(ct);
        return lease is null ? null : (lease.LeaseOwner!, lease.LeaseUntil!.Value);
    }
}
