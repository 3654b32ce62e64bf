using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries.Checks;
using FactPipeline.Core.Summaries.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Summaries.Llm;

public static class LlmSummariesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IArticleSummarizer"/> with its options (section <c>Llm:Summaries</c>, validated on start).
    /// Needs an <see cref="Llm.ILlmClient"/> (AddLlm) and an <see cref="Quantities.IQuantityRecognizer"/> (AddQuantities).
    /// </summary>
    public static IServiceCollection AddLlmSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmSummariesOptions.SectionName);
        services.AddValidatedOptions<LlmSummariesOptions>(configuration, LlmSummariesOptions.SectionName)
            // The binder appends configured array items to the default ["en", "ko"]: a configured list replaces it.
            .Configure(options =>
            {
                if (section.GetSection(nameof(LlmSummariesOptions.Languages)).Get<string[]>() is { Length: > 0 } languages)
                {
                    options.Languages = languages;
                }
            });
        services.AddConceptLexicon();
        services.AddGlossary();
        services.TryAddSingleton(sp => new SummaryNumberCheck(sp.GetRequiredService<Quantities.IQuantityRecognizer>()));
        services.TryAddSingleton<IArticleSummarizer, LlmArticleSummarizer>();
        return services;
    }
}
