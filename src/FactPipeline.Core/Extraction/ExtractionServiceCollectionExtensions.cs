using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArticleExtractor"/> as the singleton <see cref="IArticleExtractor"/>, and the language
    /// identifier it uses (built once: loading its models is the expensive part).
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ILanguageIdentifier, LinguaLanguageIdentifier>();
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        return services;
    }
}
