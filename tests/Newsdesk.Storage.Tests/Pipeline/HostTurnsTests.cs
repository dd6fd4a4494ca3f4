using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

/// <summary>Two processes on one store (two service providers, as `serve` and `run` would be) take turns at a host.</summary>
public sealed class HostTurnsTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Fetching:MinDelayPerHostMilliseconds"] = "300",
        ["Fetching:TimeoutSeconds"] = "1",
        ["Fetching:ConnectTimeoutSeconds"] = "1",
        ["Fetching:HostTurnSeconds"] = "30",
    };

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoProcesses_OneHost_TheSecondWaitsForTheTurn_AndThenTheHostsDelay(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = PipelineServices.Build(db, TimeProvider.System, Settings);
        await using var second = PipelineServices.Build(db, TimeProvider.System, Settings);
        var (a, b) = (first.GetRequiredService<HostGate>(), second.GetRequiredService<HostGate>());

        var held = await a.AcquireAsync("Feeds.Example", default);
        var waiting = b.AcquireAsync("feeds.example", default).AsTask();
        // The first process is fetching: however long the second waits, it does not start.
        await Task.Delay(1500);
        Assert.False(waiting.IsCompleted);

        var released = Stopwatch.StartNew();
        held.Dispose();
        using (await waiting)
        {
            // It took the turn over, then waited the host's delay from the end of the first's request.
            Assert.True(released.Elapsed >= TimeSpan.FromMilliseconds(300), $"{released.Elapsed.TotalMilliseconds} ms");
            await using var context = db.CreateContext();
            var turn = await context.HostTurns.SingleAsync();
            Assert.Equal(("feeds.example", second.GetRequiredService<HostTurns>().Owner, first.GetRequiredService<HostTurns>().Owner),
                (turn.Host, turn.Holder, turn.PreviousHolder));
        }

        // Another host is free for the first process at once.
        using var other = await a.AcquireAsync("other.example", default);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task AFinishedRefresh_GivesItsIdleTurnsBack_ButNotOneInUse(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var process = PipelineServices.Build(db, TimeProvider.System, Settings);
        var gate = process.GetRequiredService<HostGate>();
        using (await gate.AcquireAsync("feeds.example", default))
        {
        }

        using var busy = await gate.AcquireAsync("busy.example", default);
        await gate.GiveBackTurnsAsync(default);

        await using var context = db.CreateContext();
        var now = TimeProvider.System.GetUtcNow();
        var turns = await context.HostTurns.ToDictionaryAsync(t => t.Host, t => t.HeldUntil);
        Assert.True(turns["feeds.example"] <= now, "the idle turn is given back");
        Assert.True(turns["busy.example"] > now, "the turn of a request in flight is kept");
    }
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task RequestsClaimingATurnAtOnce_TheTurnIsStillGivenBack(DatabaseProvider provider)
    {
        // With no delay a host takes two requests at once, and both claim the turn. Whichever claim answers
        // last, the turn given back must be the one the store holds, or it is kept until it runs out.
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Fetching:MinDelayPerHostMilliseconds"] = "0",
            ["Fetching:MaxConcurrentRequestsPerHost"] = "2",
        };
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var process = PipelineServices.Build(db, TimeProvider.System, settings);
        var gate = process.GetRequiredService<HostGate>();
        var hosts = Enumerable.Range(0, 40).Select(i => $"host{i}.example").ToList();
        foreach (var host in hosts)
        {
            foreach (var lease in await Task.WhenAll(gate.AcquireAsync(host, default).AsTask(), gate.AcquireAsync(host, default).AsTask()))
            {
                lease.Dispose();
            }
        }

        await gate.GiveBackTurnsAsync(default);

        await using var context = db.CreateContext();
        var now = TimeProvider.System.GetUtcNow();
        var kept = await context.HostTurns.Where(t => t.HeldUntil > now).Select(t => t.Host).ToListAsync();
        Assert.True(kept.Count == 0, "turns kept after the refresh ended: " + string.Join(' ', kept));
        Assert.Equal(hosts.Count, await context.HostTurns.CountAsync());
    }
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task ARenewalThatArrivesLate_NeverShortensTheTurn_AndTheLaterTurnIsTheOneReleased(DatabaseProvider provider)
    {
        // Two claims of one process computed their ends at 06:00:10 and 06:00:00, and ran in that order.
        var clock = new ManualClock();
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var process = PipelineServices.Build(db, clock, Settings);
        var turns = process.GetRequiredService<HostTurns>();
        var start = clock.GetUtcNow();

        clock.Set(start + TimeSpan.FromSeconds(10));
        var later = await turns.ClaimAsync("feeds.example", default);
        clock.Set(start);
        var earlier = await turns.ClaimAsync("feeds.example", default);

        Assert.True(later.Held && earlier.Held);
        Assert.Equal(start + TimeSpan.FromSeconds(10) + turns.Length, later.Until);
        await using (var context = db.CreateContext())
        {
            Assert.Equal(later.Until, (await context.HostTurns.AsNoTracking().SingleAsync()).HeldUntil);
        }

        // The process gives back the turn it knows as the later one; nothing is left held.
        await turns.ReleaseAsync("feeds.example", later.Until, default);
        await using (var context = db.CreateContext())
        {
            Assert.True((await context.HostTurns.AsNoTracking().SingleAsync()).HeldUntil <= clock.GetUtcNow());
        }
    }
}
