using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests.Pipeline;

/// <summary>The Core services over a test database, as the executable registers them.</summary>
internal static class PipelineServices
{
    public static ServiceProvider Build(TestDatabase db, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(clock);
        services.AddDbContextFactory<Core.Storage.NewsdeskDb>(db.Configure);
        services.AddNewsdeskCore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
