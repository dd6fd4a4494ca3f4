using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Sources;

namespace Newsdesk.Core;

/// <summary>Registers every pipeline stage; each stage folder contributes one Add&lt;Stage&gt;() call.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsdeskCore(this IServiceCollection services)
    {
        services.AddFetching();
        services.AddSources();
        services.AddPipeline();
        services.AddUnderstanding();
        services.AddParsing();
        return services;
    }
}
