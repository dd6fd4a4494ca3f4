using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Core.Fetching;

namespace Newsdesk.Core.Tests.Fetching;

/// <summary>The real fetching services, configured the way a test needs (loopback allowed unless said otherwise).</summary>
internal static class TestFetching
{
    public static ServiceProvider Services(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MinDelayPerHostMilliseconds"] = "0",
            ["Fetching:TimeoutSeconds"] = "10",
        };
        foreach (var (k, v) in settings ?? [])
        {
            values[k] = v;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        if (clock is not null)
        {
            services.TryAddSingleton(clock);
        }

        services.AddFetching();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static PageFetcher Fetcher(Dictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        Services(settings, clock).GetRequiredService<PageFetcher>();
}
