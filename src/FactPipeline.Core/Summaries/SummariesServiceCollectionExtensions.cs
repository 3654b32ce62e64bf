using FactPipeline.Core.Model.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Summaries;

public static class SummariesServiceCollectionExtensions
{
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.TryAddSingleton(ConceptLexicon.Default);
        services.TryAddSingleton(Digest.Glossary.Default);
        services.AddSingleton<FindingExplainer>();
        services.AddSingleton<Digest.DigestWriter>();
        services.AddSingleton<ReportWriter>();
        return services;
    }
}
