using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.TryAddScoped<ArticleIngestor>();
        services.TryAddScoped<SourceSubscriptions>();
        services.TryAddScoped<SourceSubscriber>();
        services.TryAddScoped<SourceOpml>();
        services.TryAddScoped<SourceRefresher>();
        services.TryAddScoped<FeedEntryIngestor>();
        services.TryAddSingleton<TeaserReader>();
        services.TryAddSingleton<StoreWriteGate>();
        services.TryAddSingleton<SourceLeases>();
        services.TryAddSingleton<Fetching.HostTurns>();
        services.TryAddSingleton<RefreshPool>();
        services.TryAddSingleton<RefreshPass>();
        services.TryAddSingleton<ImportFiles>();
        services.TryAddScoped<DraftBrief>();
        services.TryAddScoped<SummaryUpdater>();
        services.TryAddScoped<StoryRanker>();
        return services;
    }
}
