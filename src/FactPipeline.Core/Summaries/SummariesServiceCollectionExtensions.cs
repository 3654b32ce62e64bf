using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>Registers the explainer, the digests and the report writer, with the lexicon and the glossary they name things with.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddConceptLexicon();
        services.AddGlossary();
        services.AddSingleton<FindingExplainer>();
        services.AddSingleton<DigestWriter>();
        services.AddSingleton<ReportWriter>();
        return services;
    }
}
