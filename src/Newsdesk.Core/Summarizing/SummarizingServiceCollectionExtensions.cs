using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Newsdesk.Core.Summarizing;

public static class SummarizingServiceCollectionExtensions
{
    public static IServiceCollection AddSummarizing(this IServiceCollection services)
    {
        services.AddOptions<SummarizingOptions>().BindConfiguration(SummarizingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SummarizingOptions>, Validator>());
        // Not the fetcher's client: the model endpoint is configured by the operator and is often on
        // localhost, which the fetcher's address guard rightly refuses.
        services.TryAddSingleton(sp => new ChatCompletionClient(
            new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<SummarizingOptions>>()));
        services.TryAddSingleton<AbstractiveSummarizer>();
        return services;
    }

    /// <summary>Fails start-up with the setting that is wrong ("Summarizing:Model is required ...").</summary>
    private sealed class Validator : IValidateOptions<SummarizingOptions>
    {
        public ValidateOptionsResult Validate(string? name, SummarizingOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
