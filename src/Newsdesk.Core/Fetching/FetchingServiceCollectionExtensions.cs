using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>Connections are re-opened (and so re-resolved and re-checked) at least this often.</summary>
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>A body left unread (past the cap, a redirect's or an error page's) is not drained for
    /// connection reuse: the connection is closed, so an endless body stops at once. (With a 64 KiB
    /// drain allowance an endless body sometimes kept its connection busy for over 30 s.)</summary>
    private const int MaxResponseDrainBytes = 0;

    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddOptions<FetchingOptions>().BindConfiguration(FetchingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchingOptions>, FetchingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton(sp => new NetworkGuard(sp.GetRequiredService<IOptions<FetchingOptions>>().Value));
        services.TryAddSingleton(sp => new PageFetcher(
            CreateHttpClient(sp.GetRequiredService<IOptions<FetchingOptions>>().Value, sp.GetRequiredService<NetworkGuard>()),
            sp.GetRequiredService<HostGate>(),
            sp.GetRequiredService<IOptions<FetchingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PageFetcher>>()));
        services.TryAddSingleton<RobotsCache>();
        return services;
    }

    /// <summary>
    /// The one HTTP client every fetch goes through. Redirects are followed by <see cref="PageFetcher"/>
    /// so each hop is gated and checked; the connect callback dials only addresses the
    /// <see cref="NetworkGuard"/> allows, after resolving them itself, so a DNS answer cannot change
    /// between the check and the connection. No proxy: it would dial on our behalf, unchecked.
    /// </summary>
    public static HttpClient CreateHttpClient(FetchingOptions options, NetworkGuard guard)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(options.ConnectTimeoutSeconds),
            PooledConnectionLifetime = PooledConnectionLifetime,
            MaxConnectionsPerServer = options.MaxConcurrentRequestsPerHost,
            MaxResponseDrainSize = MaxResponseDrainBytes,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, ct);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent(options));
        return client;
    }

    /// <summary>"Newsdesk/1.2.3 (+https://...)": who we are and where to read about it.</summary>
    public static string UserAgent(FetchingOptions options)
    {
        var version = typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(PageFetcher).Assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"Newsdesk/{(plus > 0 ? version[..plus] : version)} (+{options.ContactUrl})";
    }
}
