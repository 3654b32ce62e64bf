using FactPipeline.Core.Claims;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Pipeline.Llm;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Everything the pipeline needs: files, URLs, feeds and sitemaps in, reports out.</summary>
    public static IServiceCollection AddFactPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDocumentSources(configuration);
        services.AddExtraction();
        services.AddQuantities();
        services.AddLlm(configuration);
        return services.AddOfflinePipeline(configuration);
    }

    /// <summary>Registers the stages that do not depend on where documents come from (file, later URL).</summary>
    public static IServiceCollection AddOfflinePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddClaims();
        services.AddCrossCheck(configuration);
        services.AddSqliteStorage(configuration);
        services.AddSummaries();
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PipelineRunner>();
        return services;
    }
}
