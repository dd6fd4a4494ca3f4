using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Stories;

namespace Newsdesk.Core;

/// <summary>Registers every pipeline stage; each stage folder contributes one Add&lt;Stage&gt;() call.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsdeskCore(this IServiceCollection services)
    {
        services.AddPipeline();
        services.AddUnderstanding();
        services.AddParsing();
        services.AddStories();
        return services;
    }
}
