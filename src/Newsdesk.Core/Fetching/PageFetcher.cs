using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Fetches feeds and pages over the one shared <see cref="HttpClient"/>: conditional GET, redirects
/// followed by hand (each hop re-checked and gated per host), a streamed size cap, a total time
/// limit, and Retry-After turned into a pause instead of a retry. Every outcome is a
/// <see cref="FetchResult"/>; only cancellation by the caller is thrown.
/// </summary>
public sealed class PageFetcher(HttpClient http, HostGate gate, IOptions<FetchingOptions> options, TimeProvider clock, ILogger<PageFetcher> logger)
{
    private readonly FetchingOptions _options = options.Value;

    public Task<FetchResult> FetchAsync(Uri url, CancellationToken ct) => FetchAsync(new FetchRequest(url), ct);

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await FetchCoreAsync(request, ct);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (result.IsOk)
        {
            FetchingLog.Fetched(logger, result.FinalUrl!, result.StatusCode, result.Body.Length, elapsed);
        }
        else
        {
            FetchingLog.NotFetched(logger, request.Url, result.Outcome, result.Failure, elapsed, result.Message);
        }

        return result;
    }

    private async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken ct)
    {
        var original = request.Url;
        if (!IsHttp(original))
        {
            return FetchResult.Failed(original, FetchFailure.InvalidUrl, $"{original} is not an http or https URL");
        }

        // The total limit starts with the first request, not while waiting for a polite slot.
        using var deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var visited = new HashSet<string>(StringComparer.Ordinal) { original.AbsoluteUri };
        var current = original;
        var permanent = false;
        try
        {
            for (var hop = 0; ; hop++)
            {
                var host = current.IdnHost;
                if (gate.PausedUntil(host) is { } paused)
                {
                    return FetchResult.TooManyRequests(original, 0, paused, $"{host} asked Newsdesk to wait until {paused:u}");
                }

                using var lease = await gate.AcquireAsync(host, hop == 0 ? ct : linked.Token);
                if (hop == 0)
                {
                    deadline.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
                }

                using var message = BuildRequest(current, request);
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304)
                {
                    var next = response.Headers.Location is { } location ? new Uri(current, location) : null;
                    if (next is null || !IsHttp(next))
                    {
                        return FetchResult.Failed(original, FetchFailure.Redirect, $"HTTP {status} redirect to {(next?.ToString() ?? "nowhere")}, which Newsdesk cannot follow", status);
                    }

                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return FetchResult.Failed(original, FetchFailure.Redirect, $"Redirect loop: {current} leads back to {next}", status);
                    }

                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchResult.Failed(original, FetchFailure.Redirect, $"More than {_options.MaxRedirects} redirects (last to {next})", status);
                    }

                    permanent |= status is 301 or 308;
                    current = next;
                    continue;
                }

                return await ReadResponseAsync(request, current, response, permanent, linked.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Failed(original, FetchFailure.Timeout, $"No complete answer from {current.Host} within {_options.TimeoutSeconds} s");
        }
        catch (HttpRequestException e) when (Find<PrivateNetworkRefusedException>(e) is { } refused)
        {
            return FetchResult.Failed(original, FetchFailure.Refused, refused.Message);
        }
        catch (HttpRequestException e) when (Find<TimeoutException>(e) is not null)
        {
            return FetchResult.Failed(original, FetchFailure.Timeout, $"Could not connect to {current.Host} within {_options.ConnectTimeoutSeconds} s");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed(original, FetchFailure.Network, NetworkMessage(current, e));
        }
        catch (IOException e)
        {
            return FetchResult.Failed(original, FetchFailure.Network, $"The connection to {current.Host} broke: {e.Message}");
        }
    }

    private async Task<FetchResult> ReadResponseAsync(FetchRequest request, Uri current, HttpResponseMessage response, bool permanent, CancellationToken ct)
    {
        var original = request.Url;
        var status = (int)response.StatusCode;
        switch (status)
        {
            case 304:
                return FetchResult.NotModified(original, current, response.Headers.ETag?.ToString() ?? request.ETag, LastModifiedOf(response) ?? request.LastModified);
            case 404 or 410:
                return FetchResult.Gone(original, current, status);
            case 429:
            case 503 when response.Headers.Contains("Retry-After"):
                return TooManyRequests(original, current, response, status);
            case < 200 or >= 300:
                return FetchResult.Failed(original, FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status);
        }

        var max = Math.Min(request.MaxBytes ?? long.MaxValue, _options.MaxResponseBytes);
        var declared = response.Content.Headers.ContentLength;
        if (declared > max)
        {
            return FetchResult.Failed(original, FetchFailure.TooLarge, $"The response is {declared} bytes; the limit is {max} bytes (Fetching:MaxResponseBytes)", status);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var body = await BodyReader.ReadAsync(stream, max, declared, ct);
        if (body is null)
        {
            return FetchResult.Failed(original, FetchFailure.TooLarge, $"The response passed the limit of {max} bytes (Fetching:MaxResponseBytes)", status);
        }

        var type = response.Content.Headers.ContentType;
        return FetchResult.Ok(original, current, status, body, type?.MediaType, type?.CharSet?.Trim('"', '\''),
            response.Headers.ETag?.ToString(), LastModifiedOf(response), permanent);
    }

    private FetchResult TooManyRequests(Uri original, Uri current, HttpResponseMessage response, int status)
    {
        var now = clock.GetUtcNow();
        var raw = response.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null;
        var retryAt = RetryAfter.Parse(raw, now);
        var cap = now + TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds);
        if (retryAt > cap)
        {
            retryAt = cap;
        }

        if (retryAt is { } until && until > now)
        {
            gate.Pause(current.IdnHost, until);
            FetchingLog.HostPaused(logger, current.IdnHost, (long)(until - now).TotalSeconds);
        }

        var when = retryAt is { } at ? $"; retry after {at:u}" : "";
        return FetchResult.TooManyRequests(original, status, retryAt, $"HTTP {status}: {current.Host} asked Newsdesk to slow down{when}");
    }

    private static HttpRequestMessage BuildRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (!string.IsNullOrEmpty(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (!string.IsNullOrEmpty(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }

        return message;
    }

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string NetworkMessage(Uri url, HttpRequestException e) => Find<SocketException>(e) switch
    {
        { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => $"{url.Host} does not resolve (DNS)",
        { SocketErrorCode: SocketError.ConnectionRefused } => $"{url.Host} refused the connection",
        { } s => $"Cannot reach {url.Host}: {s.Message}",
        null when e.HttpRequestError == HttpRequestError.SecureConnectionError => $"TLS handshake with {url.Host} failed",
        _ => $"Cannot reach {url.Host}: {e.Message}",
    };
}
