using Microsoft.Extensions.Options;
using Newsdesk.Core.Sources;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Subscriptions;

public sealed class SourceScheduleTests
{
    private readonly ManualClock _clock = new();

    private static SourceSchedule Schedule(SchedulingOptions? options = null) => new(Options.Create(options ?? new SchedulingOptions()));

    private DateTimeOffset Now => _clock.GetUtcNow();

    private IEnumerable<DateTimeOffset> EveryMinutes(double minutes, int count, double silenceMinutes = 0) =>
        Enumerable.Range(0, count).Select(i => Now.AddMinutes(-silenceMinutes - (i * minutes)));

    [Theory]
    [InlineData(120, 10, 0, 120)]   // posts every 2 h: checked every 2 h
    [InlineData(5, 10, 0, 15)]      // posts every 5 min: the 15-minute floor holds
    [InlineData(600, 10, 0, 600)]   // every 10 h
    [InlineData(3000, 10, 0, 1440)] // every ~2 days: the daily ceiling holds
    [InlineData(60, 10, 600, 300)]  // hourly, but silent for 10 h: half the silence
    [InlineData(60, 1, 0, 60)]      // one dated entry: cadence unknown, default
    [InlineData(60, 0, 0, 60)]      // no dates: default
    public void Interval_FromEntryDates_AdaptsWithinFloorAndCeiling(double gapMinutes, int entries, double silenceMinutes, double expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Schedule().Interval(EveryMinutes(gapMinutes, entries, silenceMinutes), Now));

    [Fact]
    public void Interval_UsesOnlyTheNewestWindowAndIgnoresFutureDates()
    {
        var recent = EveryMinutes(30, SourceSchedule.CadenceWindow);
        var ancient = Enumerable.Range(1, 50).Select(i => Now.AddDays(-30 - i));
        var future = new[] { Now.AddDays(3) };
        Assert.Equal(TimeSpan.FromMinutes(30), Schedule().Interval(recent.Concat(ancient).Concat(future), Now));
    }

    [Fact]
    public void Interval_ConfiguredFloor_IsRespected()
    {
        var schedule = Schedule(new SchedulingOptions { MinIntervalMinutes = 45 });
        Assert.Equal(TimeSpan.FromMinutes(45), schedule.Interval(EveryMinutes(1, 10), Now));
    }

    [Fact]
    public void Succeeded_AfterErrors_ResetsHealthAndSchedules()
    {
        var source = new Source { ErrorCount = 3, LastError = "HTTP 500" };
        Schedule().Succeeded(source, Now, EveryMinutes(120, 5));

        Assert.Equal(0, source.ErrorCount);
        Assert.Null(source.LastError);
        Assert.Equal(Now, source.LastSuccessAt);
        Assert.Equal(Now, source.LastCheckedAt);
        Assert.Equal(120, source.CheckIntervalMinutes);
        Assert.Equal(Now.AddHours(2), source.NextCheckAt);
    }

    [Fact]
    public void Unchanged_KeepsTheKnownInterval()
    {
        var source = new Source { CheckIntervalMinutes = 240, ErrorCount = 1 };
        Schedule().Unchanged(source, Now);
        Assert.Equal(Now.AddHours(4), source.NextCheckAt);
        Assert.Equal(0, source.ErrorCount);
    }

    [Fact]
    public void Failed_Repeatedly_BacksOffExponentiallyThenDisables()
    {
        var schedule = Schedule(new SchedulingOptions { MinIntervalMinutes = 15, MaxBackoffMinutes = 240, MaxConsecutiveFailures = 8 });
        var source = new Source { CheckIntervalMinutes = 15 };
        var waits = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            schedule.Failed(source, Now, "HTTP 500 Internal Server Error");
            waits.Add((source.NextCheckAt!.Value - Now).TotalMinutes);
            Assert.False(source.Disabled);
        }

        schedule.Failed(source, Now, "HTTP 500 Internal Server Error");

        Assert.Equal([15, 30, 60, 120, 240, 240, 240], waits);
        Assert.True(source.Disabled);
        Assert.Equal(8, source.ErrorCount);
        Assert.Equal("HTTP 500 Internal Server Error", source.LastError);
        Assert.Equal("8 failures in a row; last: HTTP 500 Internal Server Error", source.DisabledReason);
        Assert.Null(source.NextCheckAt);
    }

    [Fact]
    public void Failed_NeverChecksSoonerThanTheNormalInterval()
    {
        var source = new Source { CheckIntervalMinutes = 600 };
        Schedule().Failed(source, Now, "timeout");
        Assert.Equal(Now.AddMinutes(600), source.NextCheckAt);
    }

    [Fact]
    public void NotFound_ThreeTimes_Disables()
    {
        var schedule = Schedule();
        var source = new Source();
        schedule.NotFound(source, Now, "HTTP 404 Not Found");
        schedule.NotFound(source, Now, "HTTP 404 Not Found");
        Assert.False(source.Disabled);
        schedule.NotFound(source, Now, "HTTP 404 Not Found");
        Assert.True(source.Disabled);
        Assert.StartsWith("Not found 3 checks in a row", source.DisabledReason);
    }

    [Fact]
    public void Gone_DisablesAtOnce()
    {
        var source = new Source { NextCheckAt = Now };
        Schedule().Gone(source, Now, "HTTP 410 Gone: the publisher removed it for good");
        Assert.True(source.Disabled);
        Assert.Equal("HTTP 410 Gone: the publisher removed it for good", source.DisabledReason);
        Assert.Null(source.NextCheckAt);
    }

    [Theory]
    [InlineData(120, 120)]        // Retry-After honoured
    [InlineData(1, 15)]           // but never sooner than the floor
    [InlineData(90 * 24 * 60, 1440)] // and never later than the backoff ceiling
    public void RateLimited_RetryAfter_SetsNextCheckWithoutCountingAnError(int retryAfterMinutes, int expectedMinutes)
    {
        var source = new Source { ErrorCount = 1 };
        Schedule().RateLimited(source, Now, Now.AddMinutes(retryAfterMinutes), "HTTP 429");
        Assert.Equal(Now.AddMinutes(expectedMinutes), source.NextCheckAt);
        Assert.Equal(1, source.ErrorCount);
        Assert.Equal("HTTP 429", source.LastError);
    }

    [Fact]
    public void Enable_Disabled_MakesItDueWithCleanCount()
    {
        var source = new Source { Disabled = true, DisabledReason = "gone", ErrorCount = 8 };
        SourceSchedule.Enable(source, Now);
        Assert.False(source.Disabled);
        Assert.Null(source.DisabledReason);
        Assert.Equal(0, source.ErrorCount);
        Assert.Equal(Now, source.NextCheckAt);
    }

    [Fact]
    public void Interleave_ManyPerHost_AlternatesHosts()
    {
        string[] urls = ["http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1", "http://c/2"];
        Assert.Equal(["http://a/1", "http://b/1", "http://c/1", "http://a/2", "http://c/2", "http://a/3"], HostInterleaver.Interleave(urls, u => u));
    }

    [Fact]
    public void Interleave_WithAnOrder_StillRoundRobin_InAHostOrderOfItsOwn()
    {
        var urls = Enumerable.Range(0, 50).SelectMany(h => Enumerable.Range(1, 3).Select(i => $"http://host{h}.example/{i}")).ToList();
        var first = HostInterleaver.Interleave(urls, u => u, "worker-a:1:1");
        var second = HostInterleaver.Interleave(urls, u => u, "worker-b:2:1");

        foreach (var order in new[] { first, second })
        {
            Assert.Equal(urls.Order(), order.Order());
            // Three rounds of all 50 hosts, each host's items in their order, hosts in the same order every round.
            var hosts = order.Select(HostInterleaver.HostOf).ToList();
            Assert.Equal(hosts[..50], hosts[50..100]);
            Assert.Equal(hosts[..50], hosts[100..]);
            Assert.Equal(50, hosts[..50].Distinct().Count());
            Assert.All(order.GroupBy(HostInterleaver.HostOf), g => Assert.Equal(g.Order(StringComparer.Ordinal), g));
        }

        Assert.Equal(first, HostInterleaver.Interleave(urls, u => u, "worker-a:1:1"));
        // Two processes start on different hosts: of the first 16 each works on, few are shared.
        var shared = first.Take(16).Select(HostInterleaver.HostOf).Intersect(second.Take(16).Select(HostInterleaver.HostOf)).Count();
        Assert.True(shared <= 8, $"{shared} of the first 16 hosts shared");
    }
}
