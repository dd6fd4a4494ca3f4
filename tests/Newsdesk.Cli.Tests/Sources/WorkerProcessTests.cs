using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Sources;

/// <summary>
/// Real `newsdesk run` processes sharing one store: two of them fetch each of 50 feeds exactly once,
/// and the claim of one killed in the middle of a check is taken over by another once it expires.
/// </summary>
public sealed class WorkerProcessTests
{
    private const int SourceCount = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>The `newsdesk` processes run on the system clock, so the test reads the same one.</summary>
    private static readonly TimeProvider Wall = TimeProvider.System;

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoRunProcesses_FetchEachOf50FeedsExactlyOnce(DatabaseProvider provider)
    {
        // Requests wait at the door until both processes hold claims at once. They take turns at the one
        // host (Newsdesk.Core.Fetching.HostTurns), so the door proves they shared the work, not that they
        // fetched from one host together, which they must not: at most two requests are ever in flight.
        var door = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (inFlight, maxInFlight) = (0, 0);
        await using var store = await SharedStore.CreateAsync(provider);
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", async (string n) =>
        {
            InterlockedMax(ref maxInFlight, Interlocked.Increment(ref inFlight));
            await door.Task.WaitAsync(Patience);
            await Task.Delay(30);
            Interlocked.Decrement(ref inFlight);
            return Results.Text(Rss(n), "application/rss+xml");
        }));
        await store.ImportAsync(Enumerable.Range(0, SourceCount).Select(i => server.Url($"/feed/{i}")));

        await using var first = store.StartRun();
        await using var second = store.StartRun();
        await WaitUntilAsync(store, async db =>
        {
            if (!door.Task.IsCompleted && await db.Sources.Where(s => s.LeaseOwner != null).Select(s => s.LeaseOwner).Distinct().CountAsync() >= 2)
            {
                door.TrySetResult();
            }

            return await db.Sources.CountAsync(s => s.LastSuccessAt != null) == SourceCount;
        }, () => $"{first}\n{second}\n{DumpAsync(store).GetAwaiter().GetResult()}");
        var exits = new[] { await first.StopAsync(Patience), await second.StopAsync(Patience) };

        Assert.True(door.Task.IsCompletedSuccessfully, "the two processes never held claims at the same time");
        Assert.True(maxInFlight <= 2, $"{maxInFlight} requests in flight to one host (Fetching:MaxConcurrentRequestsPerHost is 2)");
        Assert.Equal([0, 0], exits);
        var counts = Enumerable.Range(0, SourceCount).Select(i => server.CountOf($"/feed/{i}")).ToList();
        Assert.True(counts.All(c => c == 1), "requests per feed: " + string.Join(' ', counts));
        await using var db = store.Database.CreateContext();
        Assert.Equal(SourceCount, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Sources.CountAsync(s => s.LeaseOwner != null));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task KilledRunProcess_ItsClaimIsTakenOverAfterItExpires(DatabaseProvider provider)
    {
        var firstRequest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requestTimes = new ConcurrentQueue<DateTimeOffset>();
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed.xml", async (HttpContext c) =>
        {
            requestTimes.Enqueue(Wall.GetUtcNow());
            if (firstRequest.TrySetResult())
            {
                // The first worker's check hangs here until the worker is killed.
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
            }

            return Results.Text(Rss("survivor"), "application/rss+xml");
        }));
        // Long enough that the survivor's own check (a cold process: JIT, first ingest) fits in its
        // claim on a busy machine; a check that outlives its claim is abandoned and fetched again.
        // The dead worker's turn at the host (HostTurnSeconds) runs out before its claim does.
        await using var store = await SharedStore.CreateAsync(provider, ("Newsdesk__Scheduling__LeaseSeconds", "15"));
        await store.ImportAsync([server.Url("/feed.xml")]);

        await using var doomed = store.StartRun();
        await firstRequest.Task.WaitAsync(Patience);
        var (owner, until) = await LeaseAsync(store);
        await doomed.KillAsync();
        var heldAfterDeath = await LeaseAsync(store);

        await using var survivor = store.StartRun();
        await WaitUntilAsync(store, async db => await db.Sources.AnyAsync(s => s.LastSuccessAt != null), () => $"{doomed}\n{survivor}");
        var exit = await survivor.StopAsync(Patience);

        Assert.StartsWith($"{Environment.MachineName}:{doomed.Id.ToString(CultureInfo.InvariantCulture)}:", owner, StringComparison.Ordinal);
        Assert.Equal(owner, heldAfterDeath.Owner);
        Assert.Equal(0, exit);
        Assert.Equal(2, requestTimes.Count);
        Assert.True(requestTimes.Last() >= until, $"taken over at {requestTimes.Last():O}, before the claim ran out at {until:O}");
        await using var db = store.Database.CreateContext();
        var source = await db.Sources.SingleAsync();
        Assert.Null(source.LeaseOwner);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    private static async Task<string> DumpAsync(SharedStore store)
    {
        await using var db = store.Database.CreateContext();
        var sources = await db.Sources.AsNoTracking().Where(s => s.LastSuccessAt == null)
            .Select(s => new { s.Id, s.LeaseOwner, s.LeaseUntil, s.NextCheckAt, s.LastError, s.ErrorCount }).ToListAsync();
        var turns = await db.HostTurns.AsNoTracking().ToListAsync();
        return "--- sources not checked\n" + string.Join('\n', sources.Select(s => $"{s.Id} {s.LeaseOwner} {s.LeaseUntil:O} next {s.NextCheckAt:O} errors {s.ErrorCount} {s.LastError}"))
            + "\n--- host turns\n" + string.Join('\n', turns.Select(t => $"{t.Host} {t.Holder} (was {t.PreviousHolder}) until {t.HeldUntil:O}"))
            + $"\n--- now {Wall.GetUtcNow():O}";
    }

    private static async Task<(string? Owner, DateTimeOffset Until)> LeaseAsync(SharedStore store)
    {
        await using var db = store.Database.CreateContext();
        var source = await db.Sources.AsNoTracking().SingleAsync();
        return (source.LeaseOwner, source.LeaseUntil ?? DateTimeOffset.MinValue);
    }

    private static async Task WaitUntilAsync(SharedStore store, Func<NewsdeskDb, Task<bool>> done, Func<string> describe)
    {
        var deadline = Wall.GetUtcNow() + Patience;
        while (true)
        {
            await using (var db = store.Database.CreateContext())
            {
                if (await done(db))
                {
                    return;
                }
            }

            if (Wall.GetUtcNow() > deadline)
            {
                Assert.Fail("The workers did not finish in time.\n" + describe());
            }

            await Task.Delay(200);
        }
    }

    private static string Rss(string n) => $"""
        <rss version="2.0"><channel><title>Feed {n}</title>
        <item><title>Story of feed {n}</title><guid>{n}-1</guid><link>https://wire.example/{n}/1</link>
        <description>{string.Join(' ', Enumerable.Repeat($"Full text of the only story of feed {n}, about ports and ferries.", 12))}</description></item>
        </channel></rss>
        """;

    /// <summary>One store (a SQLite file or a PostgreSQL database) and the environment every process on it gets.</summary>
    private sealed class SharedStore : IAsyncDisposable
    {
        private SharedStore(TestDatabase database, string dataDir, Dictionary<string, string> environment)
        {
            Database = database;
            DataDir = dataDir;
            Environment = environment;
        }

        public TestDatabase Database { get; }

        public string DataDir { get; }

        public Dictionary<string, string> Environment { get; }

        public static async Task<SharedStore> CreateAsync(DatabaseProvider provider, params (string Key, string Value)[] settings)
        {
            var database = await TestDatabase.CreateAsync(provider, migrate: true);
            var dataDir = database.DataDirectory ?? Path.Combine(Path.GetTempPath(), "newsdesk-workers-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dataDir);
            var environment = new Dictionary<string, string>
            {
                ["Newsdesk__Fetching__AllowedPrivateNetworks__0"] = "127.0.0.1",
                ["Newsdesk__Fetching__MinDelayPerHostMilliseconds"] = "0",
                ["Newsdesk__Scheduling__PollSeconds"] = "1",
                ["Newsdesk__Scheduling__Workers"] = "4",
                // Short host turns: a turn that is not given back (the process died, or a fault) runs out in 10 s.
                ["Newsdesk__Fetching__TimeoutSeconds"] = "5",
                ["Newsdesk__Fetching__ConnectTimeoutSeconds"] = "5",
                ["Newsdesk__Fetching__HostTurnSeconds"] = "10",
            };
            if (provider == DatabaseProvider.Postgres)
            {
                environment["Newsdesk__Database__Provider"] = "Postgres";
                environment["Newsdesk__Database__ConnectionString"] = database.ConnectionString;
            }

            foreach (var (k, v) in settings)
            {
                environment[k] = v;
            }

            return new SharedStore(database, dataDir, environment);
        }

        public async Task ImportAsync(IEnumerable<Uri> feeds)
        {
            var opml = new StringBuilder("<opml version=\"2.0\"><body>");
            foreach (var feed in feeds)
            {
                opml.Append(CultureInfo.InvariantCulture, $"<outline text=\"{feed.AbsolutePath}\" type=\"rss\" xmlUrl=\"{feed}\"/>");
            }

            var file = Path.Combine(DataDir, "sources.opml");
            await File.WriteAllTextAsync(file, opml.Append("</body></opml>").ToString());
            var import = await CliRunner.RunAsync(["sources", "import-opml", file, "--data-dir", DataDir], Environment);
            Assert.True(import.ExitCode == 0, import.ToString());
        }

        public NewsdeskProcess StartRun() => NewsdeskProcess.Start(["run", "--data-dir", DataDir], Environment);

        public async ValueTask DisposeAsync()
        {
            await Database.DisposeAsync();
            if (Directory.Exists(DataDir))
            {
                try
                {
                    Directory.Delete(DataDir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
