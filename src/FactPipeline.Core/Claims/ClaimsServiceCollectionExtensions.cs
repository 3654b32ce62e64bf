using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Claims;

public static class ClaimsServiceCollectionExtensions
{
    public static IServiceCollection AddClaims(this IServiceCollection services)
    {
        services.TryAddSingleton(ConceptLexicon.Default);
        // Word lists are data files, read once.
        services.TryAddSingleton(_ => NameCues.Load());
        services.TryAddSingleton<NameFinder>();
        services.TryAddSingleton<SubjectResolver>();
        services.TryAddSingleton(_ => ScopeReader.Load());
        services.TryAddSingleton<IStoryProfiler, StoryProfiler>();
        services.TryAddSingleton<IClaimExtractor>(sp => new ClaimExtractor(
            sp.GetRequiredService<Quantities.IQuantityRecognizer>(),
            sp.GetRequiredService<ConceptLexicon>(),
            sp.GetRequiredService<SubjectResolver>(),
            sp.GetRequiredService<ScopeReader>()));
        return services;
    }
}
