using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Ranking;

public static class RankingServiceCollectionExtensions
{
    public static IServiceCollection AddRanking(this IServiceCollection services)
    {
        services.AddOptions<RankingOptions>().BindConfiguration(RankingOptions.SectionName);
        services.TryAddSingleton<BeatLoader>();
        return services;
    }
}
