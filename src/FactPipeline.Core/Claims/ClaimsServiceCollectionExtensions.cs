using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Claims;

public static class ClaimsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rules claim extractor and the story profiler, with the lexicon and their word lists: each
    /// data file is read once, into one singleton. Needs an <see cref="Quantities.IQuantityRecognizer"/> (AddQuantities).
    /// </summary>
    public static IServiceCollection AddClaims(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddConceptLexicon();
        services.TryAddSingleton(_ => NameCues.Load());
        services.TryAddSingleton(_ => ScopeReader.Load());
        services.TryAddSingleton(_ => MeasurementUnits.Load());
        services.TryAddSingleton(_ => CounterWords.Load());
        services.TryAddSingleton(_ => ChangeWords.Load());
        services.TryAddSingleton(_ => BareCounts.Load());
        services.TryAddSingleton(_ => CutWords.Load());
        services.TryAddSingleton(_ => PartitiveOpeners.Load());
        services.TryAddSingleton(_ => OccurrenceCounts.Load());
        services.TryAddSingleton<ClaimWordLists>();
        services.TryAddSingleton<NameFinder>();
        services.TryAddSingleton<SubjectResolver>();
        services.TryAddSingleton<IStoryProfiler, StoryProfiler>();
        services.TryAddSingleton<ClaimExtractor>();
        services.TryAddSingleton<IClaimExtractor>(sp => sp.GetRequiredService<ClaimExtractor>());
        return services;
    }
}
