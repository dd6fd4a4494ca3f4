using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Fetching;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Fetching;

public sealed class HostGateTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(100, 1)]
    public async Task Fetch_ManyAtOnceToOneHost_ConcurrencyAndGapHold(int delayMilliseconds, int expectedInFlight)
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var starts = new ConcurrentBag<long>();
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed/{n}", async (string n) =>
        {
            starts.Add(Stopwatch.GetTimestamp());
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref inFlight);
            return Results.Text("<rss/>");
        }));
        var fetcher = TestFetching.Fetcher(new()
        {
            ["Fetching:MaxConcurrentRequestsPerHost"] = "2",
            ["Fetching:MinDelayPerHostMilliseconds"] = delayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        // The first request through a fresh Kestrel pays for JIT and would skew the first gap.
        await fetcher.FetchAsync(server.Url("/feed/-1"), default);
        starts.Clear();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => fetcher.FetchAsync(server.Url($"/feed/{n}"), default)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(expectedInFlight, maxInFlight);
        var ordered = starts.Order().ToArray();
        var minGap = ordered.Zip(ordered.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b)).Min();
        // The next request leaves only after the previous answer plus the delay, so the server's
        // own clock sees at least the delay (in fact the delay plus the 150 ms answer) between arrivals.
        Assert.True(minGap >= TimeSpan.FromMilliseconds(delayMilliseconds), $"min gap {minGap.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Acquire_DifferentHosts_DoNotWaitForEachOther()
    {
        var clock = new ManualClock();
        var gate = new HostGate(Options.Create(new FetchingOptions { MaxConcurrentRequestsPerHost = 1, MinDelayPerHostMilliseconds = 600_000 }), clock);

        using var a = await gate.AcquireAsync("a.example", default);
        var sameHost = gate.AcquireAsync("a.example", default).AsTask();
        using var b = await gate.AcquireAsync("b.example", default);

        Assert.False(sameHost.IsCompleted);
        a.Dispose();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.AcquireAsync("b.example", cts.Token).AsTask());
    }

    [Fact]
    public void Pause_UntilLater_ReportedUntilItEnds()
    {
        var clock = new ManualClock();
        var gate = new HostGate(Options.Create(new FetchingOptions()), clock);
        gate.Pause("a.example", clock.GetUtcNow().AddMinutes(5));
        gate.Pause("a.example", clock.GetUtcNow().AddMinutes(1));

        Assert.Equal(clock.GetUtcNow().AddMinutes(5), gate.PausedUntil("A.example"));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(gate.PausedUntil("a.example"));
        Assert.Null(gate.PausedUntil("b.example"));
    }

    [Fact]
    public void Options_Invalid_FailWithTheKeyNamed()
    {
        using var services = TestFetching.Services(new()
        {
            ["Fetching:TimeoutSeconds"] = "0",
            ["Fetching:AllowedPrivateNetworks:0"] = "not-a-network",
        });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchingOptions>>().Value);
        Assert.Contains("TimeoutSeconds", e.Message);
        Assert.Contains("not-a-network", e.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Theory]
    [InlineData(30, 90, 90)]
    [InlineData(60, 90, 120)]
    public void HostTurn_LastsAtLeastTwoWholeFetches(int timeoutSeconds, int turnSeconds, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds),
            new HostTurns(null!, null!, TimeProvider.System, Options.Create(new FetchingOptions { TimeoutSeconds = timeoutSeconds, HostTurnSeconds = turnSeconds })).Length);
}
