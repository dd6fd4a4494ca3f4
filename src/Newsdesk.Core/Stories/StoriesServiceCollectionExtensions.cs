using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Core.Pipeline;

namespace Newsdesk.Core.Stories;

public static class StoriesServiceCollectionExtensions
{
    /// <summary>Story clustering and copy tracing: one tracker per process, use cases per scope.</summary>
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new StoryTracker());
        services.TryAddScoped<AssignStory>();
        services.TryAddScoped<MergeStories>();
        services.TryAddScoped<UnmergeStory>();
        services.TryAddScoped<MoveArticle>();
        services.TryAddScoped<ConfirmJoin>();
        return services;
    }
}
