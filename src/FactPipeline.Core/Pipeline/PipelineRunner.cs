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
    /// <summary>
    /// The version stored with an article's claims: the rules' version, plus model and prompt version when an
    /// LLM is configured, so turning the LLM on (or changing its prompt) augments articles stored offline.
    /// </summary>
    private string ClaimsVersion => llm.IsEnabled
        ? $"{RulesVersion.Current}+llm:{llmOptions.Value.Model}:{prompts.Find("ExtractClaims")?.Version ?? "none"}"
        : RulesVersion.Current;

    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await store.InitializeAsync(cancellationToken);
        await fetchState.InitializeAsync(cancellationToken);
        var run = await store.StartRunAsync(request.Inputs, time.GetUtcNow(), cancellationToken);
        await llmMonitor.BeginRunAsync(run.Id, cancellationToken);
        var state = new RunState(run.Id, progress);
        // Documents are prepared (extraction, rule claims, story profile) on the other cores a few ahead of this loop,
        // which stores them one by one in input order: what is stored, reused and reported does not depend on timing.
        var ahead = new Queue<(SourceResult Item, Task<PreparedDocument>? Prepared)>();
        try
        {
            await foreach (var item in source.ReadAsync(request.Inputs, cancellationToken))
            {
                ahead.Enqueue((item, item.Document is { } document ? PrepareAsync(document, ClaimsVersion, cancellationToken) : null));
                if (ahead.Count >= ReadAhead)
                {
                    var (next, prepared) = ahead.Dequeue();
                    await StoreAsync(state, next, prepared, cancellationToken);
                }
            }
            while (ahead.Count > 0)
            {
                var (next, prepared) = ahead.Dequeue();
                await StoreAsync(state, next, prepared, cancellationToken);
            }
        }
        finally
        {
            // A failed or cancelled run leaves no preparation running behind it (they only read, never store).
            await Task.WhenAll(ahead.Select(a => a.Prepared).OfType<Task>()).ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
        var (llmStats, reused) = (state.LlmStats, state.Reused);

        var articles = await store.LoadRunArticlesAsync(run.Id, cancellationToken);
        var allClaims = await store.LoadClaimsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
        var byId = allClaims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        // The judge (LLM) only decides whether uncertain pairs state the same fact; severities stay deterministic.
        var stories = articles.Select(a => state.StoryOf(a) ?? storyProfiler.Profile(a)).ToArray();
        var matched = llm.IsEnabled
            ? await crossChecker.CheckAsync(allClaims, pairJudge, articles, stories, cancellationToken)
            : crossChecker.Check(allClaims, stories);
        // Explaining a finding only reads it and its claims: on every core, in the findings' order.
        var findings = matched.AsParallel().AsOrdered().Select(f => explainer.Explain(f, byId)).ToArray();
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
    /// One document as the loop used to take it: a problem, an unchanged source, or a document whose article is
    /// stored (with the claims and story <paramref name="prepared"/> holds) or linked when already stored.
    /// </summary>
    private async Task StoreAsync(RunState state, SourceResult item, Task<PreparedDocument>? prepared, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (item.Problem is { } problem)
        {
            await store.RecordProblemAsync(state.RunId, problem, cancellationToken);
            state.Progress?.Report(new RunProgress(problem.Source, state.Processed, Problem: problem));
            return;
        }
        if (item.Unchanged is { } unchanged)
        {
            if (await ReuseUnchangedAsync(state.RunId, unchanged, cancellationToken) is { } reuseProblem)
            {
                await store.RecordProblemAsync(state.RunId, reuseProblem, cancellationToken);
                state.Progress?.Report(new RunProgress(reuseProblem.Source, state.Processed, Problem: reuseProblem));
                return;
            }
            state.MarkStored(unchanged.ArticleId);
            state.Reused++;
            state.Processed++;
            state.Progress?.Report(new RunProgress(unchanged.Source, state.Processed));
            return;
        }
        var document = item.Document!;
        var ready = await prepared!;
        if (ready.Extraction.Problem is { } extractProblem)
        {
            await store.RecordProblemAsync(state.RunId, extractProblem, cancellationToken);
            state.Progress?.Report(new RunProgress(extractProblem.Source, state.Processed, Problem: extractProblem));
            return;
        }
        var article = ready.Extraction.Article!;
        // When the preparation found the article not stored, it still is not unless this loop stored it since (the
        // same text under an earlier source): only this loop stores articles. No second look-up then.
        var storedSincePrepared = ready.Read is null || ready.ClaimsVersion != ClaimsVersion || state.Stored(article.Id);
        if (storedSincePrepared && await store.HasClaimsAsync(article.Id, ClaimsVersion, cancellationToken))
        {
            await store.LinkArticleAsync(state.RunId, article.Id, article.Source, cancellationToken);
            state.Reused++;
        }
        else
        {
            var read = ready.Read ?? (SupportedLanguages.Contains(article.Language) ? claimExtractor.ExtractWithStory(article, storyProfiler) : null);
            await ExtractAndSaveAsync(state.RunId, article, state.LlmStats, read?.Claims, cancellationToken);
            state.Remember(article, read?.Story);
            state.MarkStored(article.Id);
        }
        if (document.IsFetched && (document.ETag is not null || document.LastModified is not null))
        {
            // Only now that the article is stored may a later 304 point at it.
            await fetchState.SaveAsync(new FetchState(document.Source, document.ETag, document.LastModified, article.Id), cancellationToken);
        }
        state.Processed++;
        state.Progress?.Report(new RunProgress(article.Source, state.Processed));
    }

    // Enough documents ahead to keep every core busy while the loop waits on the database.
    private static readonly int ReadAhead = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Extraction, and for an article not stored yet its rule claims and story profile: pure functions of the
    /// document, run on the thread pool. The loop checks again whether the article is stored (the same text may
    /// come twice within the read-ahead) and reads it itself when this preparation skipped it.
    /// </summary>
    /// <param name="claimsVersion">Taken on the loop's thread: the prompt provider is not shared across threads.</param>
    private Task<PreparedDocument> PrepareAsync(SourceDocument document, string claimsVersion, CancellationToken cancellationToken) => Task.Run(
        async () =>
        {
            var extraction = extractor.Extract(document);
            if (extraction.Article is not { } article || !SupportedLanguages.Contains(article.Language)
                || await store.HasClaimsAsync(article.Id, claimsVersion, cancellationToken))
            {
                return new PreparedDocument(extraction, null, claimsVersion);
            }
            return new PreparedDocument(extraction, claimExtractor.ExtractWithStory(article, storyProfiler), claimsVersion);
        },
        cancellationToken);

    /// <param name="Read">The rule claims and story profile; null when the article's language is not read or it was stored already.</param>
    /// <param name="ClaimsVersion">The claims version the preparation looked the article up by.</param>
    private sealed record PreparedDocument(ExtractionResult Extraction, ClaimsAndStory? Read, string ClaimsVersion);

    /// <summary>The loop's counters, and the story profiles of the articles it read (the stories stage reuses them).</summary>
    private sealed class RunState(string runId, IProgress<RunProgress>? progress)
    {
        private readonly Dictionary<string, (string? Title, string Language, StoryProfile Story)> _stories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _stored = new(StringComparer.Ordinal);

        public string RunId => runId;
        public IProgress<RunProgress>? Progress => progress;
        public LlmClaimStats LlmStats { get; } = new();
        public int Processed { get; set; }
        public int Reused { get; set; }

        public void Remember(Article article, StoryProfile? story)
        {
            if (story is null)
            {
                _stories.Remove(article.Id);
                return;
            }
            _stories[article.Id] = (article.Title, article.Language, story);
        }

        /// <summary>The article was stored or reused by this loop (in this run).</summary>
        public bool Stored(string articleId) => _stored.Contains(articleId);

        public void MarkStored(string articleId) => _stored.Add(articleId);

        /// <summary>The profile made when the article was read in this run, if it is still the article stored.</summary>
        public StoryProfile? StoryOf(Article article) =>
            _stories.TryGetValue(article.Id, out var known) && known.Title == article.Title && known.Language == article.Language ? known.Story : null;
    }

    /// <summary>
    /// Rule claims always (<paramref name="ruleClaims"/> when already read); the LLM adds grounded claims and
    /// statements when configured and available. An article in a language the recognizer does not read is stored
    /// but set aside: no claims, its figures unread.
    /// </summary>
    private async Task ExtractAndSaveAsync(string runId, Article article, LlmClaimStats stats, IReadOnlyList<Claim>? ruleClaims, CancellationToken cancellationToken)
    {
        var supported = SupportedLanguages.Contains(article.Language);
        var claims = supported ? ruleClaims ?? claimExtractor.Extract(article) : [];
        IReadOnlyList<Statement> statements = [];
        if (llm.IsEnabled && supported)
        {
            var result = await augmenter.AugmentAsync(article, claims, cancellationToken);
            claims = result.Claims;
            statements = result.Statements;
            stats.Add(result);
        }
        await store.SaveArticleAsync(runId, article, claims, statements, ClaimsVersion, cancellationToken);
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
        await ExtractAndSaveAsync(runId, article, new LlmClaimStats(), null, cancellationToken);
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
