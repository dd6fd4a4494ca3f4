using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Accounts;
using Newsdesk.Core.Entities;
using Newsdesk.Core.Fetching;
using Newsdesk.Core.Importing;
using Newsdesk.Core.Parsing;
using Newsdesk.Core.Extraction;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Ranking;
using Newsdesk.Core.Summarizing;
using Newsdesk.Core.Stories;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Publishing;
using Newsdesk.Core.Search;

namespace Newsdesk.Core;

/// <summary>Registers every pipeline stage; each stage folder contributes one Add&lt;Stage&gt;() call.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddNewsdeskCore(this IServiceCollection services)
    {
        services.AddFetching();
        services.AddSources();
        services.AddPipeline();
        services.AddImporting();
        services.AddUnderstanding();
        services.AddParsing();
        services.AddSummarizing();
        services.AddRanking();
        services.AddStories();
        services.AddExtraction();
        services.AddAccounts();
        services.AddSearch();
        services.AddPublishing();
        return services;
    }
}
