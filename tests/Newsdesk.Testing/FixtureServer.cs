using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, serving what a test maps:
/// <c>await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", ...));</c>
/// It records every request (path and query, in order) so tests can prove what was, or was not, asked.
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests;

    private FixtureServer(WebApplication app, Uri baseUrl, ConcurrentQueue<string> requests)
    {
        _app = app;
        _requests = requests;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT/".</summary>
    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    /// <summary>Path and query of every request received, in arrival order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static Task<FixtureServer> StartAsync(Action<WebApplication> map, CancellationToken ct = default) =>
        StartAsync(map, IPAddress.Loopback, ct);

    /// <summary>Starts on the given loopback address (127.0.0.x gives a distinct "host").</summary>
    public static async Task<FixtureServer> StartAsync(Action<WebApplication> map, IPAddress address, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(address, 0);
            // Drip-feed fixtures must not be cut off by Kestrel's own slow-response guard.
            o.Limits.MinResponseDataRate = null;
        });
        var app = builder.Build();
        var requests = new ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next(context);
        });
        map(app);
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FixtureServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"), requests);
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>Number of requests whose path is <paramref name="path"/>.</summary>
    public int CountOf(string path) => _requests.Count(r => r == path || r.StartsWith(path + "?", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
