using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Globalization;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Summaries;

/// <summary>The shape of <c>report.json</c>: stable names for tools that read it (see README).</summary>
internal static class ReportJson
{
    /// <summary>The generated shapes with report.json's options and the encoder that keeps Hangul and Indonesian quotes readable.</summary>
    private static readonly ReportShapesJson Shapes =
        new(new JsonSerializerOptions(ReportShapesJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = Shapes.Options.WriteIndented, Encoder = Shapes.Options.Encoder };

    /// <summary>Flushed to the stream whenever this much is pending, so a big report is never held whole.</summary>
    private const int FlushBytes = 1 << 16;

    public static string Serialize(RunReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, report);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The same JSON as <see cref="Serialize"/>, written to <paramref name="utf8"/> as UTF-8 without building it as one string.</summary>
    public static async Task SerializeAsync(Stream utf8, RunReport report, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(utf8, WriterOptions);
        Write(writer, report);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The report written field by field: the bulk of a run (its articles, claims and findings) without the serialiser's
    /// reflection over anonymous types, which a cold run would compile first. The output is what serialising the
    /// report's shape with <see cref="ReportShapesJson"/>'s options gives (camelCase names, nulls left out, enums as
    /// camelCase strings); the parts only an LLM fills (statements, summaries, usage) are still serialised, from the
    /// named shapes below through the generated metadata.
    /// </summary>
    private static void Write(Utf8JsonWriter writer, RunReport report)
    {
        writer.WriteStartObject();
        WriteRun(writer, report);
        writer.WriteStartArray("articles");
        foreach (var a in report.Articles)
        {
            writer.WriteStartObject();
            Text(writer, "id", a.Id);
            Text(writer, "source", a.Source);
            Text(writer, "title", a.Title);
            Text(writer, "language", a.Language);
            Text(writer, "publishedAt", a.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Text(writer, "modifiedAt", a.ModifiedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Text(writer, "author", a.Author);
            Text(writer, "siteName", a.SiteName);
            Text(writer, "canonicalUrl", a.CanonicalUrl);
            writer.WriteNumber("paragraphs", a.Paragraphs.Count);
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("claims");
        foreach (var c in report.Claims)
        {
            WriteClaim(writer, c);
            FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        WriteRare(writer, "statements", report.Statements, report.Statements.Select(s => new StatementShape(
            s.Id, s.ArticleId, s.Quote, s.QuoteStart, s.Subject, s.Predicate, s.Object, s.TimeScope, s.PromptVersion)),
            Shapes.IEnumerableStatementShape);
        writer.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            writer.WriteStartObject();
            Text(writer, "id", f.Id);
            Enum(writer, "severity", f.Severity);
            Text(writer, "topic", f.Topic);
            Texts(writer, "claimIds", f.ClaimIds);
            Enum(writer, "reason", f.Reason);
            Text(writer, "concept", f.Concept);
            writer.WriteNumber("differencePercent", f.DifferencePercent);
            Text(writer, "matchedBy", f.MatchedBy);
            writer.WriteStartObject("explanation");
            Text(writer, "en", f.Explanation.En);
            Text(writer, "ko", f.Explanation.Ko);
            writer.WriteEndObject();
            writer.WriteEndObject();
            FlushWhenFull(writer);
        }
        writer.WriteEndArray();
        // Empty offline. Title and text are null (so left out) unless the summary was kept.
        WriteRare(writer, "summaries", report.Summaries, report.Summaries.Select(s => new SummaryShape(
            s.ArticleId, s.Language, s.Status, s.Title, s.Text, s.AddedFigures, s.MissingFigures, s.Problem,
            s.NamesCorrected, s.PromptVersion)),
            Shapes.IEnumerableSummaryShape);
        if (report.Llm is { } llm)
        {
            writer.WritePropertyName("llm");
            JsonSerializer.Serialize(writer, Usage(report, llm), Shapes.UsageShape);
        }
        writer.WriteStartArray("problems");
        foreach (var p in report.Problems)
        {
            writer.WriteStartObject();
            Text(writer, "source", p.Source);
            Text(writer, "reason", p.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter writer, RunReport report)
    {
        writer.WriteStartObject("run");
        Text(writer, "id", report.RunId);
        writer.WriteString("startedAt", report.StartedAt);
        Texts(writer, "inputs", report.Inputs);
        writer.WriteStartObject("counts");
        writer.WriteNumber("articles", report.Articles.Count);
        writer.WriteNumber("claims", report.Claims.Count);
        writer.WriteNumber("statements", report.Statements.Count);
        writer.WriteNumber("findings", report.Findings.Count);
        writer.WriteNumber("conflicts", report.Count(Severity.Conflict));
        writer.WriteNumber("minor", report.Count(Severity.Minor));
        writer.WriteNumber("consistent", report.Count(Severity.Consistent));
        // Probably, not surely, the same fact: listed in findings[] with severity "possible", never a conflict or minor.
        writer.WriteNumber("possible", report.Count(Severity.Possible));
        // One source changed its own figure between two fetches: listed in findings[] with severity "correction".
        writer.WriteNumber("corrections", report.Count(Severity.Correction));
        writer.WriteNumber("problems", report.Problems.Count);
        writer.WriteEndObject();
        // Articles per language stored without claims: the recognizer does not read that language.
        writer.WriteStartObject("setAside");
        foreach (var (language, articles) in report.SetAside())
        {
            writer.WriteNumber(language, articles);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim c)
    {
        writer.WriteStartObject();
        Text(writer, "id", c.Id);
        Text(writer, "articleId", c.ArticleId);
        Text(writer, "quote", c.Quote);
        writer.WriteNumber("quoteStart", c.QuoteStart);
        var value = c.Value;
        writer.WriteStartObject("value");
        writer.WriteNumber("amount", value.Amount);
        Text(writer, "unit", value.Unit);
        Number(writer, "low", value.Low);
        Number(writer, "high", value.High);
        Enum(writer, "kind", value.Kind);
        Enum(writer, "hedge", value.Hedge);
        Text(writer, "text", value.Text);
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteNumber("step", value.Step);
        Number(writer, "whole", value.Whole);
        writer.WriteEndObject();
        Text(writer, "measure", c.Concept);
        Text(writer, "concept", c.Concept);
        Texts(writer, "subject", c.Subject);
        Text(writer, "subjectId", c.SubjectId);
        Text(writer, "subjectName", c.SubjectName);
        Enum(writer, "subjectSource", c.SubjectSource);
        var scope = c.Scope;
        writer.WriteStartObject("scope");
        Enum(writer, "basis", scope.Basis);
        Enum(writer, "rate", scope.Rate);
        Number(writer, "spanYears", scope.SpanYears);
        writer.WriteBoolean("isPart", scope.IsPart);
        Number(writer, "subPeriod", scope.SubPeriod);
        Enum(writer, "status", scope.Status);
        writer.WriteEndObject();
        Number(writer, "year", c.Year);
        Text(writer, "language", c.Language);
        Texts(writer, "extractors", c.Extractors);
        if (c.Canonical is { } canonical)
        {
            writer.WriteStartObject("canonical");
            Text(writer, "subject", canonical.Subject);
            Text(writer, "metric", canonical.Metric);
            Text(writer, "timeScope", canonical.TimeScope);
            Text(writer, "promptVersion", canonical.PromptVersion);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>A part an LLM fills: an empty array offline (nothing to serialise), else the serialised shape.</summary>
    private static void WriteRare<TItem, TShape>(
        Utf8JsonWriter writer, string name, IReadOnlyList<TItem> items, IEnumerable<TShape> shape, JsonTypeInfo<IEnumerable<TShape>> typeInfo)
    {
        writer.WritePropertyName(name);
        if (items.Count == 0)
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
            return;
        }
        JsonSerializer.Serialize(writer, shape, typeInfo);
    }

    private static UsageShape Usage(RunReport report, LlmRunSummary llm) => new(
        llm.Describe(),
        llm.Usage.Calls, llm.Usage.CachedAnswers, llm.Usage.PromptTokens, llm.Usage.CompletionTokens,
        llm.Usage.EstimatedCostUsd,
        llm.Usage.ByStage, llm.Usage.UnavailableReasons, llm.Usage.BudgetExhausted,
        llm.Rejections, llm.Fallbacks, llm.Augmented,
        llm.Summaries is not { } counts ? null : new SummaryCountsShape(
            report.SummaryModel,
            counts.TextsChecked, counts.Kept, counts.KeptAfterRegeneration, counts.Replaced, counts.Offline, counts.NamesCorrected));

    // The shapes the LLM parts are serialised from: named (the generator cannot name an anonymous type) with the
    // members, in the order, of the anonymous shapes they replace, so the text is the same.

    internal sealed record StatementShape(
        string Id, string ArticleId, string Quote, int QuoteStart, string Subject, string Predicate, string? Object, string? TimeScope,
        string PromptVersion);

    internal sealed record SummaryShape(
        string ArticleId, string Language, SummaryStatus Status, string? Title, string? Text, IReadOnlyList<string> AddedFigures,
        IReadOnlyList<string> MissingFigures, string? Problem, int NamesCorrected, string? PromptVersion);

    internal sealed record UsageShape(
        string Summary,
        int Calls, int CachedAnswers, long PromptTokens, long CompletionTokens,
        decimal EstimatedCostUsd,
        IReadOnlyDictionary<string, LlmUsageLine> ByStage, IReadOnlyDictionary<string, int> UnavailableReasons, bool BudgetExhausted,
        IReadOnlyDictionary<string, int> RejectedClaims, IReadOnlyDictionary<string, int> OfflineArticles, int AugmentedArticles,
        SummaryCountsShape? Summaries);

    internal sealed record SummaryCountsShape(
        string? Model, int TextsChecked, int Kept, int KeptAfterRegeneration, int Replaced, int Offline, int NamesCorrected);

    /// <summary>Left out when null, as the serialiser's <see cref="JsonIgnoreCondition.WhenWritingNull"/> does.</summary>
    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Texts(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>As <see cref="JsonStringEnumConverter"/> with the camelCase policy writes it: the name, or the number when none.</summary>
    private static void Enum<T>(Utf8JsonWriter writer, string name, T value)
        where T : struct, System.Enum
    {
        if (EnumNames<T>.Of.TryGetValue(value, out var text))
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }

    private static class EnumNames<T>
        where T : struct, System.Enum
    {
        public static readonly Dictionary<T, string> Of = System.Enum.GetValues<T>()
            .DistinctBy(value => value)
            .ToDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }

    private static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushBytes)
        {
            writer.Flush();
        }
    }
}
