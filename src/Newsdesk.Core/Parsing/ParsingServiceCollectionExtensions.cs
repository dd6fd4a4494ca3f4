using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Newsdesk.Core.Parsing;

public static class ParsingServiceCollectionExtensions
{
    /// <summary>Registers the feed parser (a stateless singleton); discovery and OPML are static.</summary>
    public static IServiceCollection AddParsing(this IServiceCollection services)
    {
        services.TryAddSingleton<FeedParser>();
        return services;
    }
}
