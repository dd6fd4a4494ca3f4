using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Extraction;

/// <summary>Registers the extraction stage.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        // Stateless and thread-safe: one instance for the process.
        services.TryAddSingleton<ArticleExtractor>();
        return services;
    }
}
