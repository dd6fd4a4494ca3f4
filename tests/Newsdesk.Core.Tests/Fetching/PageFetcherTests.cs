using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Fetching;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Fetching;

public sealed class PageFetcherTests
{
    private const string Rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    [Fact]
    public async Task Fetch_Ok_ReturnsBodyTypeCharsetAndValidators()
    {
        string? userAgent = null;
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            userAgent = c.Request.Headers.UserAgent;
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Sat, 21 Nov 2026 10:00:00 GMT";
            return Results.Text(Rss, "application/rss+xml; charset=utf-8");
        }));

        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/feed"), default);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(Rss, Encoding.UTF8.GetString(result.Body));
        Assert.Equal("application/rss+xml", result.MediaType);
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Sat, 21 Nov 2026 10:00:00 GMT", result.LastModified);
        Assert.Matches(@"^Newsdesk/\S+ \(\+https://newsdesk\.example/bot\)$", userAgent);
    }

    [Fact]
    public async Task Fetch_WithETag_ServerAnswers304_NotModifiedKeepsValidators()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
            c.Request.Headers.IfNoneMatch == "\"v1\"" ? Results.StatusCode(304) : Results.Text(Rss)));
        var fetcher = TestFetching.Fetcher();

        var fresh = await fetcher.FetchAsync(server.Url("/feed"), default);
        var again = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { ETag = "\"v1\"", LastModified = "Sat, 21 Nov 2026 10:00:00 GMT" }, default);

        Assert.Equal(FetchOutcome.Ok, fresh.Outcome);
        Assert.Equal(FetchOutcome.NotModified, again.Outcome);
        Assert.Equal("\"v1\"", again.ETag);
        Assert.Equal("Sat, 21 Nov 2026 10:00:00 GMT", again.LastModified);
        Assert.Empty(again.Body);
    }

    [Fact]
    public async Task Fetch_WithLastModified_SendsIfModifiedSince()
    {
        const string stamp = "Sat, 21 Nov 2026 10:00:00 GMT";
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            if (c.Request.Headers.IfModifiedSince == stamp)
            {
                return Results.StatusCode(304);
            }

            c.Response.Headers.LastModified = stamp;
            return Results.Text(Rss);
        }));
        var fetcher = TestFetching.Fetcher();

        var first = await fetcher.FetchAsync(server.Url("/feed"), default);
        var second = await fetcher.FetchAsync(new FetchRequest(server.Url("/feed")) { LastModified = first.LastModified }, default);

        Assert.Equal(stamp, first.LastModified);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(stamp, second.LastModified);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    public async Task Fetch_Vanished_IsGoneWithStatus(int status)
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.StatusCode(status)));
        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/feed"), default);
        Assert.Equal(FetchOutcome.Gone, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Message);
    }

    [Fact]
    public async Task Fetch_ServerError_FailsWithStatusMessage()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.StatusCode(500)));
        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/feed"), default);
        Assert.Equal(FetchFailure.HttpStatus, result.Failure);
        Assert.StartsWith("HTTP 500", result.Message);
    }

    [Fact]
    public async Task Fetch_429WithRetryAfterSeconds_ReschedulesAndPausesTheHost()
    {
        var clock = new ManualClock();
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/feed", (HttpContext c) =>
            {
                c.Response.Headers.RetryAfter = "120";
                return Results.StatusCode(429);
            });
            app.MapGet("/other", () => Results.Text(Rss));
        });
        var fetcher = TestFetching.Fetcher(clock: clock);

        var limited = await fetcher.FetchAsync(server.Url("/feed"), default);
        var sameHost = await fetcher.FetchAsync(server.Url("/other"), default);
        clock.Advance(TimeSpan.FromSeconds(121));
        var later = await fetcher.FetchAsync(server.Url("/other"), default);

        Assert.Equal(FetchOutcome.TooManyRequests, limited.Outcome);
        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromSeconds(1), limited.RetryAt);
        Assert.Equal(1, server.CountOf("/feed"));
        Assert.Equal(FetchOutcome.TooManyRequests, sameHost.Outcome);
        Assert.Equal(FetchOutcome.Ok, later.Outcome);
        Assert.Equal(1, server.CountOf("/other"));
    }

    [Fact]
    public async Task Fetch_503WithRetryAfterDate_TooManyRequestsUntilThatDate()
    {
        var clock = new ManualClock();
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "Sun, 22 Nov 2026 08:00:00 GMT";
            return Results.StatusCode(503);
        }));

        var result = await TestFetching.Fetcher(clock: clock).FetchAsync(server.Url("/feed"), default);

        Assert.Equal(FetchOutcome.TooManyRequests, result.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero), result.RetryAt);
    }

    [Fact]
    public async Task Fetch_503WithoutRetryAfter_IsAFailure()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => Results.StatusCode(503)));
        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/feed"), default);
        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(503, result.StatusCode);
    }

    [Fact]
    public async Task Fetch_Redirects_FollowedAndReported()
    {
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/old", () => Results.Redirect("/moved", permanent: true));
            app.MapGet("/moved", () => Results.Redirect("/feed"));
            app.MapGet("/feed", () => Results.Text(Rss));
        });

        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/old"), default);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("/feed"), result.FinalUrl);
        Assert.True(result.PermanentlyRedirected);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsNamingTheLoop()
    {
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
        });

        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/a"), default);

        Assert.Equal(FetchFailure.Redirect, result.Failure);
        Assert.Contains("loop", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_RedirectChainLongerThanLimit_Fails()
    {
        await using var server = await FixtureServer.StartAsync(app =>
            app.MapGet("/r/{n:int}", (int n) => Results.Redirect($"/r/{n + 1}")));

        var result = await TestFetching.Fetcher(new() { ["Fetching:MaxRedirects"] = "3" }).FetchAsync(server.Url("/r/0"), default);

        Assert.Equal(FetchFailure.Redirect, result.Failure);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_RedirectToFileScheme_IsNotFollowed()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/a", () => Results.Redirect("file:///etc/passwd")));
        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/a"), default);
        Assert.Equal(FetchFailure.Redirect, result.Failure);
    }

    [Fact]
    public async Task Fetch_NotHttp_IsInvalidUrl()
    {
        var result = await TestFetching.Fetcher().FetchAsync(new Uri("ftp://example.org/feed"), default);
        Assert.Equal(FetchFailure.InvalidUrl, result.Failure);
    }

    [Fact]
    public async Task Fetch_SlowDripBody_TimesOut()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/drip", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync("<rss>", c.RequestAborted);
            for (var i = 0; i < 600 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await Task.Delay(100, c.RequestAborted);
                await c.Response.WriteAsync(" ", c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
            }
        }));

        var result = await TestFetching.Fetcher(new() { ["Fetching:TimeoutSeconds"] = "1", ["Fetching:ConnectTimeoutSeconds"] = "1" })
            .FetchAsync(server.Url("/drip"), default);

        Assert.Equal(FetchFailure.Timeout, result.Failure);
    }

    [Fact]
    public async Task Fetch_EndlessBody_StopsAtTheCap()
    {
        long written = 0;
        var hungUpAt = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/endless", async (HttpContext c) =>
        {
            // Kestrel turns writes after the client left into no-ops, so count only until it notices.
            using var registration = c.RequestAborted.Register(() => hungUpAt.TrySetResult(Interlocked.Read(ref written)));
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                while (!c.RequestAborted.IsCancellationRequested && written < 1L << 30)
                {
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                    Interlocked.Add(ref written, chunk.Length);
                    await Task.Delay(1, c.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        }));

        var result = await TestFetching.Fetcher(new() { ["Fetching:MaxResponseBytes"] = "1048576" }).FetchAsync(server.Url("/endless"), default);
        var sentBeforeHangUp = await hungUpAt.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FetchFailure.TooLarge, result.Failure);
        Assert.Contains("1048576", result.Message);
        // The client hung up near the cap: the server never got far into the 1 GiB it would have sent.
        Assert.True(sentBeforeHangUp < 64L * 1024 * 1024, $"server wrote {sentBeforeHangUp} bytes before the client hung up");
    }

    [Fact]
    public async Task Fetch_DeclaredLengthOverCap_FailsBeforeReading()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/big", () => Results.Bytes(new byte[200_000], "application/xml")));
        var result = await TestFetching.Fetcher(new() { ["Fetching:MaxResponseBytes"] = "100000" }).FetchAsync(server.Url("/big"), default);
        Assert.Equal(FetchFailure.TooLarge, result.Failure);
        Assert.Contains("200000", result.Message);
    }

    [Fact]
    public async Task Fetch_GzipBomb_IsCappedOnDecompressedSize()
    {
        var bomb = Compress(new byte[256 * 1024 * 1024], s => new GZipStream(s, CompressionLevel.SmallestSize));
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/bomb", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(bomb, "application/rss+xml");
        }));

        var result = await TestFetching.Fetcher(new() { ["Fetching:MaxResponseBytes"] = "4194304" }).FetchAsync(server.Url("/bomb"), default);

        Assert.True(bomb.Length < 4 * 1024 * 1024, "the compressed bomb itself is under the cap");
        Assert.Equal(FetchFailure.TooLarge, result.Failure);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Fetch_CompressedBody_IsDecompressed(string encoding)
    {
        var plain = Encoding.UTF8.GetBytes(Rss);
        var body = encoding switch
        {
            "gzip" => Compress(plain, s => new GZipStream(s, CompressionLevel.Optimal)),
            "deflate" => Compress(plain, s => new ZLibStream(s, CompressionLevel.Optimal)),
            _ => Compress(plain, s => new BrotliStream(s, CompressionLevel.Optimal)),
        };
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", (HttpContext c) =>
        {
            c.Response.Headers.ContentEncoding = encoding;
            return Results.Bytes(body, "application/rss+xml");
        }));

        var result = await TestFetching.Fetcher().FetchAsync(server.Url("/feed"), default);

        Assert.Equal(Rss, Encoding.UTF8.GetString(result.Body));
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var z = wrap(output))
        {
            z.Write(data);
        }

        return output.ToArray();
    }
}
