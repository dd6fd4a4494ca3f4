using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Importing;

public static class ImportingServiceCollectionExtensions
{
    public static IServiceCollection AddImporting(this IServiceCollection services)
    {
        services.AddOptions<ImportingOptions>().BindConfiguration("Importing")
            .Validate(o => o.MaxFileBytes > 0, "Importing:MaxFileBytes must be positive").ValidateOnStart();
        services.TryAddSingleton<DocumentReader>();
        return services;
    }
}
