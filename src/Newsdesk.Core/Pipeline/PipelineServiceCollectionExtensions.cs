using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.TryAddScoped<ArticleIngestor>();
        services.TryAddScoped<SourceSubscriptions>();
        return services;
    }
}
