using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Summarizing;

public static class SummarizingServiceCollectionExtensions
{
    public static IServiceCollection AddSummarizing(this IServiceCollection services)
    {
        services.AddOptions<SummarizingOptions>().BindConfiguration(SummarizingOptions.SectionName)
            .Validate(o => o.Problem() is null, "Summarizing settings are invalid (Endpoint, Model, TimeoutSeconds, MaxInputCharacters).")
            .ValidateOnStart();
        // Not the fetcher's client: the model endpoint is configured by the operator and is often on
        // localhost, which the fetcher's address guard rightly refuses.
        services.TryAddSingleton(sp => new ChatCompletionClient(
            new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<SummarizingOptions>>()));
        services.TryAddSingleton<AbstractiveSummarizer>();
        return services;
    }
}
