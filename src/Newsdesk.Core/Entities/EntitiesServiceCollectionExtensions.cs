using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Core.Figures;
using Newsdesk.Core.Pipeline;
using Newsdesk.Core.Quotes;

namespace Newsdesk.Core.Entities;

public static class EntitiesServiceCollectionExtensions
{
    /// <summary>The editor's glossary file: {data-dir}/glossary.yaml; the embedded default when it is absent.</summary>
    public const string GlossaryFileName = "glossary.yaml";

    /// <summary>Entities, figures and quotes, and the use case that stores them for each ingested article.</summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var paths = sp.GetService<NewsdeskPaths>();
            var file = paths is null ? null : Path.Combine(paths.DataDirectory, GlossaryFileName);
            if (file is null || !File.Exists(file))
            {
                return BeatGlossary.LoadDefault();
            }

            using var reader = File.OpenText(file);
            return BeatGlossary.Load(reader);
        });
        services.TryAddSingleton<EntityExtractor>();
        services.TryAddSingleton<FigureExtractor>();
        services.TryAddSingleton<QuoteExtractor>();
        services.TryAddScoped<ArticleUnderstanding>();
        return services;
    }
}
