using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Turns per host among the processes that share a store (several `newsdesk run` workers on PostgreSQL,
/// or `serve` and `run` on one SQLite file). <see cref="HostGate"/> keeps each process polite; the turns
/// keep them polite together: one process at a time fetches from a host, for a turn of
/// <see cref="FetchingOptions.HostTurnSeconds"/> that it renews while it has work there. A process starts
/// no request that could outlast its turn (the fetch timeout), and one that takes a host over from
/// another waits the host's delay first, so the publisher never sees two fetchers, nor a shorter gap.
/// A claim is one statement (an upsert that succeeds only for the holder or after the turn ended).
/// </summary>
/// <remarks>
/// A refresh gives its idle turns back when it ends (<see cref="HostGate.GiveBackTurnsAsync"/>); a process
/// that dies leaves its turns to run out.
/// </remarks>
public sealed class HostTurns(IDbContextFactory<NewsdeskDb> dbs, StoreWriteGate gate, TimeProvider clock, IOptions<FetchingOptions> options)
{
    public const int MaxHostLength = 255;

    /// <summary>This process's name in the turns.</summary>
    public string Owner { get; } = SourceLeases.NewOwner();

    /// <summary>How long a claimed turn lasts: <see cref="FetchingOptions.HostTurnSeconds"/>, and at least two whole fetches.</summary>
    public TimeSpan Length => TimeSpan.FromSeconds(Math.Max(options.Value.HostTurnSeconds, 2 * options.Value.TimeoutSeconds));

    /// <summary>
    /// Takes or renews the turn for <paramref name="host"/>. Held: until when, and whether another
    /// process held it before (then wait the host's delay). Not held: when the other holder's turn ends.
    /// </summary>
    public async Task<(bool Held, DateTimeOffset Until, bool TookOver)> ClaimAsync(string host, CancellationToken ct)
    {
        host = Normalize(host);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sqlite = db.IsSqlite;
        var now = clock.GetUtcNow();
        // Whole milliseconds: PostgreSQL keeps microseconds, and a release names the turn by its end.
        // A renewal never shortens the turn: two claims of this process may run in either order.
        var until = new DateTimeOffset((now + Length).UtcTicks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        using var held = await gate.EnterAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using (var claim = connection.CreateCommand())
            {
                claim.CommandText = """
                    INSERT INTO host_turns ("Host", "Holder", "PreviousHolder", "HeldUntil") VALUES (@host, @owner, NULL, @until)
                    ON CONFLICT ("Host") DO UPDATE SET "PreviousHolder" = host_turns."Holder", "Holder" = @owner,
                        "HeldUntil" = CASE WHEN host_turns."Holder" = @owner AND host_turns."HeldUntil" > @until THEN host_turns."HeldUntil" ELSE @until END
                    WHERE host_turns."Holder" = @owner OR host_turns."HeldUntil" <= @now
                    RETURNING "PreviousHolder";
                    """;
                SqlParameters.Add(claim, "host", host);
                SqlParameters.Add(claim, "owner", Owner);
                SqlParameters.Add(claim, "until", SqlParameters.Time(until, sqlite));
                SqlParameters.Add(claim, "now", SqlParameters.Time(now, sqlite));
                await using var reader = await claim.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                {
                    var previous = reader.IsDBNull(0) ? null : reader.GetString(0);
                    return (true, until, previous is not null && previous != Owner);
                }
            }

            var other = await db.HostTurns.AsNoTracking().Where(t => t.Host == host).Select(t => (DateTimeOffset?)t.HeldUntil).FirstOrDefaultAsync(ct);
            return (false, other ?? now, false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>When another process holds the turn at <paramref name="host"/>: the end of that turn; otherwise null.</summary>
    public async Task<DateTimeOffset?> HeldElsewhereAsync(string host, CancellationToken ct)
    {
        host = Normalize(host);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var turn = await db.HostTurns.AsNoTracking().Where(t => t.Host == host).Select(t => new { t.Holder, t.HeldUntil }).FirstOrDefaultAsync(ct);
        return turn is not null && turn.Holder != Owner && turn.HeldUntil > clock.GetUtcNow() ? turn.HeldUntil : null;
    }

    /// <summary>
    /// Ends this process's turn at the host now, if it still holds the turn that was to end at
    /// <paramref name="until"/> (a renewal since is left alone): another process may take it, and waits the host's delay.
    /// </summary>
    public async Task ReleaseAsync(string host, DateTimeOffset until, CancellationToken ct)
    {
        host = Normalize(host);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        using var held = await gate.EnterAsync(db, ct);
        await db.HostTurns.Where(t => t.Host == host && t.Holder == Owner && t.HeldUntil == until)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.HeldUntil, now), ct);
    }

    private static string Normalize(string host)
    {
        host = host.ToLowerInvariant();
        return host.Length > MaxHostLength ? host[^MaxHostLength..] : host;
    }
}
