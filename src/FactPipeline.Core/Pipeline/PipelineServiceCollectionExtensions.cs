using FactPipeline.Core.Accounts;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Common.Options;
using FactPipeline.Core.CrossCheck.Llm;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;
using FactPipeline.Core.Runs.Nightly;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;
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
        return services.AddPipelineStages(configuration);
    }

    /// <summary>
    /// Registers the stages that do not depend on where documents come from. The LLM parts are always
    /// registered; with Llm:Provider None they report themselves disabled and the run is fully offline.
    /// </summary>
    public static IServiceCollection AddPipelineStages(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging(); // a host adds its providers; without one, log calls cost nothing
        services.AddLlm(configuration);
        services.AddClaims();
        services.AddLlmClaims(configuration);
        services.AddCrossCheck(configuration);
        services.AddLlmMatching(configuration);
        services.AddStorage(configuration);
        services.AddAccounts(configuration);
        services.AddReview();
        services.AddReviewExports(configuration);
        services.AddSummaries();
        services.AddLlmSummaries(configuration);
        services.AddNightlyReports(configuration);
        services.AddValidatedOptions<ReportOptions>(configuration, ReportOptions.SectionName);
        services.AddValidatedOptions<PipelineOptions>(configuration, PipelineOptions.SectionName);
        // The steps, in the order a run takes them; each holds a handful of the stages' services.
        services.AddSingleton<ReadStep>();
        services.AddSingleton<ExtractStep>();
        services.AddSingleton<ClaimsStep>();
        services.AddSingleton<StoreStep>();
        services.AddSingleton<ArticleFlow>();
        services.AddSingleton<FindingsReuse>();
        services.AddSingleton<CrossCheckStep>();
        services.AddSingleton<ExplainStep>();
        services.AddSingleton<CorrectionStep>();
        services.AddSingleton<TrackStep>();
        services.AddSingleton<SummariseStep>();
        services.AddSingleton<ReportStep>();
        services.AddSingleton<RunFinisher>();
        services.AddSingleton<PipelineRunner>();
        services.AddSingleton<FannedOutRun>();
        return services;
    }
}
