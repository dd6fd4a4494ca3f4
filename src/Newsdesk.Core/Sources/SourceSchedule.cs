using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Sources;

/// <summary>
/// Next-check maths and health bookkeeping for a source after each check (after Miniflux's
/// <c>ScheduleNextCheck</c>): adaptive to the publishing cadence, never under the floor,
/// backing off on errors and disabling a source that keeps failing.
/// </summary>
public sealed class SourceSchedule(IOptions<SchedulingOptions> options)
{
    /// <summary>Cadence is read from at most this many of the newest entries: recent habits, not history.</summary>
    public const int CadenceWindow = 10;

    private readonly SchedulingOptions _o = options.Value;

    private TimeSpan Floor => TimeSpan.FromMinutes(_o.MinIntervalMinutes);

    /// <summary>A check that brought a feed: errors reset, interval from the entries' dates.</summary>
    public void Succeeded(Source source, DateTimeOffset now, IEnumerable<DateTimeOffset> entryDates)
    {
        var interval = Interval(entryDates, now);
        Healthy(source, now, interval);
    }

    /// <summary>A 304: healthy, the interval stays what it was.</summary>
    public void Unchanged(Source source, DateTimeOffset now)
    {
        var interval = source.CheckIntervalMinutes is { } m ? Clamp(TimeSpan.FromMinutes(m)) : TimeSpan.FromMinutes(_o.DefaultIntervalMinutes);
        Healthy(source, now, interval);
    }

    /// <summary>A failure: counted, kept as the last error, next check backed off; disabled past the limit.</summary>
    public void Failed(Source source, DateTimeOffset now, string message)
    {
        source.LastCheckedAt = now;
        source.ErrorCount++;
        source.LastError = message;
        source.NextCheckAt = now + Backoff(source);
        if (source.ErrorCount >= _o.MaxConsecutiveFailures)
        {
            Disable(source, $"{source.ErrorCount} failures in a row; last: {message}");
        }
    }

    /// <summary>A 404: a failure that disables sooner, since a missing feed rarely comes back.</summary>
    public void NotFound(Source source, DateTimeOffset now, string message)
    {
        Failed(source, now, message);
        if (!source.Disabled && source.ErrorCount >= _o.NotFoundLimit)
        {
            Disable(source, $"Not found {source.ErrorCount} checks in a row; last: {message}");
        }
    }

    /// <summary>A 410: the publisher says the feed is gone for good; disabled at once.</summary>
    public void Gone(Source source, DateTimeOffset now, string message)
    {
        source.LastCheckedAt = now;
        source.ErrorCount++;
        source.LastError = message;
        Disable(source, message);
    }

    /// <summary>A 429/503: come back when asked (never sooner than the floor, never later than the
    /// backoff ceiling); not an error of the source, so the count is unchanged.</summary>
    public void RateLimited(Source source, DateTimeOffset now, DateTimeOffset? retryAt, string message)
    {
        source.LastCheckedAt = now;
        source.LastError = message;
        var wanted = retryAt ?? now + Backoff(source.ErrorCount + 1, CurrentInterval(source));
        var earliest = now + Floor;
        var latest = now + TimeSpan.FromMinutes(Math.Max(_o.MaxBackoffMinutes, _o.MinIntervalMinutes));
        source.NextCheckAt = wanted < earliest ? earliest : wanted > latest ? latest : wanted;
    }

    /// <summary>Re-enables a disabled source and makes it due now, with a clean error count.</summary>
    public static void Enable(Source source, DateTimeOffset now)
    {
        source.Disabled = false;
        source.DisabledReason = null;
        source.ErrorCount = 0;
        source.NextCheckAt = now;
    }

    /// <summary>Stops checking the source, keeping why (a failure limit, or an editor's decision).</summary>
    public static void Disable(Source source, string reason)
    {
        source.Disabled = true;
        source.DisabledReason = reason;
        source.NextCheckAt = null;
    }

    /// <summary>
    /// The adaptive interval: the mean gap between the newest <see cref="CadenceWindow"/> dated
    /// entries; a source silent for longer than that is checked at half its silence instead
    /// (it has slowed down); the result is clamped to [floor, ceiling].
    /// </summary>
    public TimeSpan Interval(IEnumerable<DateTimeOffset> entryDates, DateTimeOffset now)
    {
        var dates = entryDates.Where(d => d <= now).Distinct().OrderDescending().Take(CadenceWindow).ToList();
        if (dates.Count < 2)
        {
            return Clamp(TimeSpan.FromMinutes(_o.DefaultIntervalMinutes));
        }

        var cadence = (dates[0] - dates[^1]) / (dates.Count - 1);
        var silence = now - dates[0];
        return Clamp(silence > cadence ? silence / 2 > cadence ? silence / 2 : cadence : cadence);
    }

    /// <summary>The wait after the n-th consecutive error: the floor doubled per error, capped,
    /// and never shorter than the source's normal interval (an error must not speed checks up).</summary>
    public TimeSpan Backoff(int errors, TimeSpan normal)
    {
        var exponent = Math.Clamp(errors - 1, 0, 30);
        var doubled = TimeSpan.FromMinutes(Math.Min(_o.MinIntervalMinutes * Math.Pow(2, exponent), _o.MaxBackoffMinutes));
        var wait = doubled > normal ? doubled : normal;
        return wait < Floor ? Floor : wait;
    }

    private TimeSpan Backoff(Source source) => Backoff(source.ErrorCount, CurrentInterval(source));

    private TimeSpan CurrentInterval(Source source) =>
        TimeSpan.FromMinutes(source.CheckIntervalMinutes ?? _o.DefaultIntervalMinutes);

    private void Healthy(Source source, DateTimeOffset now, TimeSpan interval)
    {
        source.LastCheckedAt = now;
        source.LastSuccessAt = now;
        source.ErrorCount = 0;
        source.LastError = null;
        source.CheckIntervalMinutes = (int)Math.Round(interval.TotalMinutes);
        source.NextCheckAt = now + interval;
    }

    private TimeSpan Clamp(TimeSpan interval)
    {
        var max = TimeSpan.FromMinutes(Math.Max(_o.MaxIntervalMinutes, _o.MinIntervalMinutes));
        return interval < Floor ? Floor : interval > max ? max : interval;
    }
}
