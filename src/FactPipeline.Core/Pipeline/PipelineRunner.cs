using FactPipeline.Core.Claims;
using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.CrossCheck.Llm;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Runs the pipeline: read → extract → claims (rules, plus the LLM when configured) → store (per article) →
/// cross-check (LLM judges only uncertain pairs) → explain → store findings → summaries (LLM, every figure
/// checked) → reports. State is persisted after
/// each article, and an article already stored by the same extractor version is not processed again, so a
/// killed run resumes where it stopped.
/// </summary>
public sealed class PipelineRunner(
    IDocumentSource source,
    IArticleExtractor extractor,
    IClaimExtractor claimExtractor,
    IClaimAugmenter augmenter,
    IStoryProfiler storyProfiler,
    ICrossChecker crossChecker,
    IClaimPairJudge pairJudge,
    ILlmClient llm,
    ILlmRunMonitor llmMonitor,
    IPromptProvider prompts,
    Microsoft.Extensions.Options.IOptions<LlmOptions> llmOptions,
    FindingExplainer explainer,
    IArticleSummarizer summarizer,
    ReportWriter reportWriter,
    IFactStore store,
    IFetchStateStore fetchState,
    TimeProvider time)
{
    /// <summary>Changes whenever the extraction code changes, so stored claims are redone by new code.</summary>
    public static readonly string ExtractorVersion = "rules:" + typeof(ClaimExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>
    /// The version stored with an article's claims: the rules' version, plus model and prompt version when an
    /// LLM is configured, so turning the LLM on (or changing its prompt) augments articles stored offline.
    /// </summary>
    private string ClaimsVersion => llm.IsEnabled
        ? $"{ExtractorVersion}+llm:{llmOptions.Value.Model}:{prompts.Find("ExtractClaims")?.Version ?? "none"}"
        : ExtractorVersion;

    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await store.InitializeAsync(cancellationToken);
        await fetchState.InitializeAsync(cancellationToken);
        var run = await store.StartRunAsync(request.Inputs, time.GetUtcNow(), cancellationToken);
        await llmMonitor.BeginRunAsync(run.Id, cancellationToken);
        var llmStats = new LlmClaimStats();
        var processed = 0;
        var reused = 0;

        await foreach (var item in source.ReadAsync(request.Inputs, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } problem)
            {
                await store.RecordProblemAsync(run.Id, problem, cancellationToken);
                progress?.Report(new RunProgress(problem.Source, processed, Problem: problem));
                continue;
            }
            if (item.Unchanged is { } unchanged)
            {
                if (await ReuseUnchangedAsync(run.Id, unchanged, cancellationToken) is { } reuseProblem)
                {
                    await store.RecordProblemAsync(run.Id, reuseProblem, cancellationToken);
                    progress?.Report(new RunProgress(reuseProblem.Source, processed, Problem: reuseProblem));
                    continue;
                }
                reused++;
                processed++;
                progress?.Report(new RunProgress(unchanged.Source, processed));
                continue;
            }
            var document = item.Document!;
            var extraction = extractor.Extract(document);
            if (extraction.Problem is { } extractProblem)
            {
                await store.RecordProblemAsync(run.Id, extractProblem, cancellationToken);
                progress?.Report(new RunProgress(extractProblem.Source, processed, Problem: extractProblem));
                continue;
            }
            var article = extraction.Article!;
            if (await store.HasClaimsAsync(article.Id, ClaimsVersion, cancellationToken))
            {
                await store.LinkArticleAsync(run.Id, article.Id, article.Source, cancellationToken);
                reused++;
            }
            else
            {
                await ExtractAndSaveAsync(run.Id, article, llmStats, cancellationToken);
            }
            if (document.IsFetched && (document.ETag is not null || document.LastModified is not null))
            {
                // Only now that the article is stored may a later 304 point at it.
                await fetchState.SaveAsync(new FetchState(document.Source, document.ETag, document.LastModified, article.Id), cancellationToken);
            }
            processed++;
            progress?.Report(new RunProgress(article.Source, processed));
        }

        var articles = await store.LoadRunArticlesAsync(run.Id, cancellationToken);
        var allClaims = await store.LoadClaimsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
        var byId = allClaims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        // The judge (LLM) only decides whether uncertain pairs state the same fact; severities stay deterministic.
        var stories = articles.Select(storyProfiler.Profile).ToArray();
        var matched = llm.IsEnabled
            ? await crossChecker.CheckAsync(allClaims, pairJudge, articles, stories, cancellationToken)
            : crossChecker.Check(allClaims, stories);
        var findings = matched.Select(f => explainer.Explain(f, byId)).ToArray();
        await store.CompleteRunAsync(run.Id, findings, time.GetUtcNow(), cancellationToken);
        // Summaries come from cached answers on a re-run, so this step is as idempotent as the others.
        var summaries = summarizer.IsEnabled
            ? await summarizer.SummarizeAsync(articles, allClaims, findings, cancellationToken)
            : SummaryRunResult.None;
        var usage = llm.IsEnabled ? await llmMonitor.EndRunAsync(cancellationToken) : null;

        var problems = await store.LoadProblemsAsync(run.Id, cancellationToken);
        var statements = await store.LoadStatementsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
        var llmSummary = usage is null ? null : new LlmRunSummary(usage, llmStats.Rejections, llmStats.Fallbacks, llmStats.Augmented)
        {
            Summaries = summarizer.IsEnabled ? summaries.Counts : null,
        };
        var report = new RunReport(run.Id, run.StartedAt, request.Inputs, articles, allClaims, findings, problems)
        {
            Statements = statements,
            Llm = llmSummary,
            Summaries = summaries.Summaries,
            SummaryModel = summarizer.IsEnabled ? llmOptions.Value.Model : null,
        };
        var files = request.OutputDirectory is null
            ? []
            : await reportWriter.WriteAsync(report, request.OutputDirectory, request.ShowPossible, cancellationToken);
        return new RunResult(report, run.Resumed, reused, files);
    }

    /// <summary>
    /// Rule claims always; the LLM adds grounded claims and statements when configured and available. An article
    /// in a language the recognizer does not read is stored but set aside: no claims, its figures unread.
    /// </summary>
    private async Task ExtractAndSaveAsync(string runId, Article article, LlmClaimStats stats, CancellationToken cancellationToken)
    {
        var supported = SupportedLanguages.Contains(article.Language);
        var claims = supported ? claimExtractor.Extract(article) : [];
        IReadOnlyList<Statement> statements = [];
        if (llm.IsEnabled && supported)
        {
            var result = await augmenter.AugmentAsync(article, claims, cancellationToken);
            claims = result.Claims;
            statements = result.Statements;
            stats.Add(result);
        }
        await store.SaveArticleAsync(runId, article, claims, ClaimsVersion, cancellationToken);
        await store.SaveStatementsAsync(article.Id, statements, cancellationToken);
    }

    /// <summary>
    /// A URL answered 304: link the article stored from it. Claims made by an older extractor are redone from
    /// the stored text, so a code update never needs a re-download.
    /// </summary>
    private async Task<InputProblem?> ReuseUnchangedAsync(string runId, UnchangedSource unchanged, CancellationToken cancellationToken)
    {
        if (await store.HasClaimsAsync(unchanged.ArticleId, ClaimsVersion, cancellationToken))
        {
            await store.LinkArticleAsync(runId, unchanged.ArticleId, unchanged.Source, cancellationToken);
            return null;
        }
        if (await store.LoadArticleAsync(unchanged.ArticleId, cancellationToken) is not { } stored)
        {
            await fetchState.ForgetAsync(unchanged.Source, cancellationToken);
            return new InputProblem(unchanged.Source, "unchanged on the server but its stored copy is gone; it is downloaded again next run");
        }
        var article = stored with { Source = unchanged.Source };
        await ExtractAndSaveAsync(runId, article, new LlmClaimStats(), cancellationToken);
        return null;
    }
}

public sealed record RunRequest(IReadOnlyList<string> Inputs, string? OutputDirectory)
{
    /// <summary>
    /// List the possible matches (<see cref="Severity.Possible"/>) in the Markdown reports and digests, in a section of
    /// their own. report.json lists them either way.
    /// </summary>
    public bool ShowPossible { get; init; }
}

/// <param name="Processed">Articles processed so far in this run.</param>
public sealed record RunProgress(string Source, int Processed, InputProblem? Problem = null);

/// <param name="ReusedArticles">Articles whose stored claims were reused instead of extracted again.</param>
public sealed record RunResult(RunReport Report, bool Resumed, int ReusedArticles, IReadOnlyList<string> Files)
{
    /// <summary>True when nothing at all could be processed: the only case the CLI exits non-zero.</summary>
    public bool NothingProcessed => Report.Articles.Count == 0;
}
