using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Newsdesk.RefreshBench;

/// <summary>
/// One Kestrel app listening on 127.0.0.2 .. 127.0.0.(H+1), each address a distinct "host" to
/// Newsdesk. Feed n lives on host n % H. Every request is recorded per host: requests in flight
/// (maximum kept) and the gap between consecutive request arrivals (minimum kept).
/// </summary>
internal sealed class LoadGenerator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, HostStats> _stats = new();
    private readonly int _port;

    private LoadGenerator(WebApplication app, int port)
    {
        _app = app;
        _port = port;
    }

    public int Hosts { get; private init; }

    public static async Task<LoadGenerator> StartAsync(int hosts, int entriesPerFeed, int feeds)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            for (var h = 0; h < hosts; h++)
            {
                o.Listen(HostAddress(h), port);
            }

            o.Limits.MaxConcurrentConnections = null;
        });
        var app = builder.Build();
        var generator = new LoadGenerator(app, port) { Hosts = hosts };
        app.MapGet("/feed/{n:int}", (HttpContext c, int n) => generator.ServeAsync(c, n, entriesPerFeed, feeds));
        await app.StartAsync();
        return generator;
    }

    public Uri FeedUrl(int n) => new($"http://{HostAddress(n % Hosts)}:{_port}/feed/{n}");

    public IReadOnlyDictionary<string, HostStats> Stats => _stats;

    public void ResetStats() => _stats.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IPAddress HostAddress(int h) => IPAddress.Parse($"127.0.{(h + 2) / 256}.{(h + 2) % 256}");

    private async Task ServeAsync(HttpContext c, int n, int entries, int feeds)
    {
        var host = c.Connection.LocalIpAddress?.ToString() ?? "?";
        var stats = _stats.GetOrAdd(host, _ => new HostStats());
        stats.Enter(Stopwatch.GetTimestamp());
        try
        {
            var etag = $"\"feed-{n}-v1\"";
            if (c.Request.Headers.IfNoneMatch == etag)
            {
                c.Response.StatusCode = 304;
                return;
            }

            c.Response.Headers.ETag = etag;
            c.Response.ContentType = "application/rss+xml; charset=utf-8";
            await c.Response.WriteAsync(Feed(n, entries, feeds));
        }
        finally
        {
            stats.Leave();
        }
    }

    private static string Feed(int n, int entries, int feeds)
    {
        var sb = new StringBuilder(entries * 900);
        var newest = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {n}</title><link>https://site{n}.example/</link>");
        for (var i = 0; i < entries; i++)
        {
            var (title, text) = FeedText.Item(n, i, feeds);
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>{title}</title><link>https://site{n}.example/story/{i}</link><guid>f{n}-s{i}</guid>");
            sb.Append(CultureInfo.InvariantCulture, $"<pubDate>{newest.AddHours(-3 * i).AddMinutes(n % 60).ToString("r", CultureInfo.InvariantCulture)}</pubDate><description>&lt;p&gt;");
            sb.Append(text).Append("&lt;/p&gt;</description></item>");
        }

        return sb.Append("</channel></rss>").ToString();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What one host saw.</summary>
    internal sealed class HostStats
    {
        private long _last;
        private int _inFlight;

        public int Requests { get; private set; }

        public int MaxInFlight { get; private set; }

        public TimeSpan MinGap { get; private set; } = TimeSpan.MaxValue;

        public void Enter(long timestamp)
        {
            lock (this)
            {
                Requests++;
                if (_last != 0)
                {
                    var gap = Stopwatch.GetElapsedTime(_last, timestamp);
                    MinGap = gap < MinGap ? gap : MinGap;
                }

                _last = timestamp;
                _inFlight++;
                MaxInFlight = Math.Max(MaxInFlight, _inFlight);
            }
        }

        public void Leave()
        {
            lock (this)
            {
                _inFlight--;
            }
        }
    }
}
