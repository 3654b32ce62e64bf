using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>The shape of <c>report.json</c>: stable names for tools that read it (see README).</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep Hangul and Indonesian quotes readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(RunReport report) => JsonSerializer.Serialize(Document(report), Options);

    /// <summary>The same JSON as <see cref="Serialize"/>, written to <paramref name="utf8"/> as UTF-8 without building it as one string.</summary>
    public static Task SerializeAsync(Stream utf8, RunReport report, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(utf8, Document(report), Options, cancellationToken);

    private static object Document(RunReport report) => new
    {
        run = new
        {
            id = report.RunId,
            startedAt = report.StartedAt,
            inputs = report.Inputs,
            counts = new
            {
                articles = report.Articles.Count,
                claims = report.Claims.Count,
                statements = report.Statements.Count,
                findings = report.Findings.Count,
                conflicts = report.Count(Severity.Conflict),
                minor = report.Count(Severity.Minor),
                consistent = report.Count(Severity.Consistent),
                // Probably, not surely, the same fact: listed in findings[] with severity "possible", never a conflict or minor.
                possible = report.Count(Severity.Possible),
                problems = report.Problems.Count,
            },
            // Articles per language stored without claims: the recognizer does not read that language.
            setAside = report.SetAside().ToDictionary(pair => pair.Language, pair => pair.Articles, StringComparer.Ordinal),
        },
        articles = report.Articles.Select(a => new
        {
            a.Id, a.Source, a.Title, a.Language,
            publishedAt = a.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            modifiedAt = a.ModifiedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Author, a.SiteName, a.CanonicalUrl,
            paragraphs = a.Paragraphs.Count,
        }),
        claims = report.Claims.Select(c => new
        {
            c.Id, c.ArticleId, c.Quote, c.QuoteStart,
            value = new
            {
                c.Value.Amount, c.Value.Unit, c.Value.Low, c.Value.High, c.Value.Kind, c.Value.Hedge,
                c.Value.Text, c.Value.Start, c.Value.Length, c.Value.Step, c.Value.Whole,
            },
            measure = c.Concept,
            c.Concept, c.Subject, c.SubjectId, c.SubjectName, c.SubjectSource,
            scope = new { c.Scope.Basis, c.Scope.Rate, c.Scope.SpanYears, c.Scope.IsPart, c.Scope.SubPeriod, c.Scope.Status },
            c.Year, c.Language, c.Extractors,
            canonical = c.Canonical is { } canonical
                ? new { canonical.Subject, canonical.Metric, canonical.TimeScope, canonical.PromptVersion }
                : null,
        }),
        statements = report.Statements.Select(s => new
        {
            s.Id, s.ArticleId, s.Quote, s.QuoteStart, s.Subject, s.Predicate, s.Object, s.TimeScope, s.PromptVersion,
        }),
        findings = report.Findings.Select(f => new
        {
            f.Id, f.Severity, f.Topic, f.ClaimIds, f.Reason, f.Concept, f.DifferencePercent, f.MatchedBy,
            explanation = new { en = f.Explanation.En, ko = f.Explanation.Ko },
        }),
        // Empty offline. Title and text are null (so left out) unless the summary was kept.
        summaries = report.Summaries.Select(s => new
        {
            s.ArticleId, s.Language, s.Status, s.Title, s.Text, s.AddedFigures, s.MissingFigures, s.Problem,
            s.NamesCorrected, s.PromptVersion,
        }),
        llm = report.Llm is not { } llm ? null : new
        {
            summary = llm.Describe(),
            llm.Usage.Calls, llm.Usage.CachedAnswers, llm.Usage.PromptTokens, llm.Usage.CompletionTokens,
            estimatedCostUsd = llm.Usage.EstimatedCostUsd,
            llm.Usage.ByStage, llm.Usage.UnavailableReasons, llm.Usage.BudgetExhausted,
            rejectedClaims = llm.Rejections, offlineArticles = llm.Fallbacks, augmentedArticles = llm.Augmented,
            summaries = llm.Summaries is not { } counts ? null : new
            {
                model = report.SummaryModel,
                counts.TextsChecked, counts.Kept, counts.KeptAfterRegeneration, counts.Replaced, counts.Offline, counts.NamesCorrected,
            },
        },
        problems = report.Problems.Select(p => new { p.Source, p.Reason }),
    };
}
