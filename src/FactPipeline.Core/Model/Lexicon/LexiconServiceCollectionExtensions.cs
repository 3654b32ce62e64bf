using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Model.Lexicon;

public static class LexiconServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="ConceptLexicon"/> (measures, places, organisations), read from its data files
    /// when first asked for. Every stage that needs it calls this; only the first call registers.
    /// </summary>
    public static IServiceCollection AddConceptLexicon(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => ConceptLexicon.Load());
        return services;
    }
}
