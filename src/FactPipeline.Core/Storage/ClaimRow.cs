using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>Flat row shape of a claim in SQLite (names match the columns for Dapper).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class ClaimRow
{
    public string id { get; set; } = "";
    public string article_id { get; set; } = "";
    public string quote { get; set; } = "";
    public long quote_start { get; set; }
    public long value_start { get; set; }
    public long value_length { get; set; }
    public string value_text { get; set; } = "";
    public string kind { get; set; } = "";
    public string amount { get; set; } = "";
    public string? low { get; set; }
    public string? high { get; set; }
    public string hedge { get; set; } = "";
    public string unit { get; set; } = "";
    public string step { get; set; } = "";
    public string? concept { get; set; }
    public string subject_json { get; set; } = "[]";
    public string metric_json { get; set; } = "[]";
    public long? year { get; set; }
    public string language { get; set; } = "";
    public string extractors { get; set; } = "";
    public string? canonical_json { get; set; }
    /// <summary>Subject, scope and part-of-whole (schema v4); null in rows written before.</summary>
    public string? about_json { get; set; }

    public static ClaimRow From(Claim c) => new()
    {
        id = c.Id,
        article_id = c.ArticleId,
        quote = c.Quote,
        quote_start = c.QuoteStart,
        value_start = c.Value.Start,
        value_length = c.Value.Length,
        value_text = c.Value.Text,
        kind = c.Value.Kind.ToString(),
        amount = Format(c.Value.Amount),
        low = c.Value.Low is { } l ? Format(l) : null,
        high = c.Value.High is { } h ? Format(h) : null,
        hedge = c.Value.Hedge.ToString(),
        unit = c.Value.Unit,
        step = Format(c.Value.Step),
        concept = c.Concept,
        subject_json = JsonSerializer.Serialize(c.Subject, StorageJson.Default.IReadOnlyListString),
        metric_json = JsonSerializer.Serialize(c.Metric, StorageJson.Default.IReadOnlyListString),
        year = c.Year,
        language = c.Language,
        extractors = string.Join(',', c.Extractors),
        canonical_json = c.Canonical is { } canonical ? JsonSerializer.Serialize(canonical, StorageJson.Default.CanonicalPhrasing) : null,
        about_json = JsonSerializer.Serialize(new About(c.SubjectId, c.SubjectName, c.SubjectSource, c.Scope, c.Value.Whole, c.SentenceMeasures, c.SentencePlaces, c.SubjectIsFacility), StorageJson.Default.About),
    };

    /// <summary>The columns in the order of <see cref="Values"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "article_id", "quote", "quote_start", "value_start", "value_length", "value_text", "kind", "amount", "low", "high",
        "hedge", "unit", "step", "concept", "subject_json", "metric_json", "year", "language", "extractors", "canonical_json", "about_json",
    ];

    /// <summary>The row's values in the order of <see cref="Columns"/> (null for SQL NULL).</summary>
    public object?[] Values() =>
    [
        id, article_id, quote, quote_start, value_start, value_length, value_text, kind, amount, low, high,
        hedge, unit, step, concept, subject_json, metric_json, year, language, extractors, canonical_json, about_json,
    ];

    /// <summary>The columns, in the order of <see cref="Columns"/>, as a SELECT list.</summary>
    public static readonly string SelectList = string.Join(", ", Columns);

    /// <summary>
    /// The row the reader is on, selected with <see cref="SelectList"/>: read by position, without Dapper's per-row
    /// name lookups and conversions.
    /// </summary>
    public static ClaimRow Read(System.Data.Common.DbDataReader reader) => new()
    {
        id = reader.GetString(0),
        article_id = reader.GetString(1),
        quote = reader.GetString(2),
        quote_start = reader.GetInt64(3),
        value_start = reader.GetInt64(4),
        value_length = reader.GetInt64(5),
        value_text = reader.GetString(6),
        kind = reader.GetString(7),
        amount = reader.GetString(8),
        low = reader.IsDBNull(9) ? null : reader.GetString(9),
        high = reader.IsDBNull(10) ? null : reader.GetString(10),
        hedge = reader.GetString(11),
        unit = reader.GetString(12),
        step = reader.GetString(13),
        concept = reader.IsDBNull(14) ? null : reader.GetString(14),
        subject_json = reader.GetString(15),
        metric_json = reader.GetString(16),
        year = reader.IsDBNull(17) ? null : reader.GetInt64(17),
        language = reader.GetString(18),
        extractors = reader.GetString(19),
        canonical_json = reader.IsDBNull(20) ? null : reader.GetString(20),
        about_json = reader.IsDBNull(21) ? null : reader.GetString(21),
    };

    public Claim ToClaim() => ToClaim(null);

    /// <param name="parsed">
    /// The JSON columns already parsed by this load: the claims of one story repeat the same subjects, words and
    /// scopes, and the values are read-only, so claims may share them.
    /// </param>
    public Claim ToClaim(ParsedJson? parsed)
    {
        var about = about_json is null ? null : parsed is null ? JsonSerializer.Deserialize(about_json, StorageJson.Default.About) : parsed.AboutOf(about_json);
        return ToClaim(about, parsed);
    }

    /// <summary>The JSON columns of a load's rows, each distinct text parsed once.</summary>
    internal sealed class ParsedJson
    {
        private readonly Dictionary<string, About?> _about = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

        public About? AboutOf(string json)
        {
            if (!_about.TryGetValue(json, out var about))
            {
                about = JsonSerializer.Deserialize(json, StorageJson.Default.About);
                _about[json] = about;
            }
            return about;
        }

        public string[] Words(string json)
        {
            if (!_words.TryGetValue(json, out var words))
            {
                words = JsonSerializer.Deserialize(json, StorageJson.Default.StringArray) ?? [];
                _words[json] = words;
            }
            return words;
        }
    }

    private Claim ToClaim(About? about, ParsedJson? parsed) => new()
    {
        Id = id,
        ArticleId = article_id,
        Quote = quote,
        QuoteStart = (int)quote_start,
        Value = new Quantity
        {
            Start = (int)value_start,
            Length = (int)value_length,
            Text = value_text,
            Kind = Enum.Parse<QuantityKind>(kind),
            Amount = Parse(amount),
            Low = low is null ? null : Parse(low),
            High = high is null ? null : Parse(high),
            Hedge = Enum.Parse<Hedge>(hedge),
            Unit = unit,
            Step = Parse(step),
            Whole = about?.Whole,
        },
        SubjectId = about?.SubjectId,
        SubjectName = about?.SubjectName,
        SubjectSource = about?.SubjectSource ?? SubjectSource.None,
        SubjectIsFacility = about?.SubjectIsFacility ?? false,
        Scope = about?.Scope ?? ClaimScope.Unspecified,
        SentenceMeasures = about?.SentenceMeasures ?? [],
        SentencePlaces = about?.SentencePlaces ?? [],
        Concept = concept,
        Subject = parsed?.Words(subject_json) ?? JsonSerializer.Deserialize(subject_json, StorageJson.Default.StringArray) ?? [],
        Metric = parsed?.Words(metric_json) ?? JsonSerializer.Deserialize(metric_json, StorageJson.Default.StringArray) ?? [],
        Year = year is null ? null : (int)year,
        Language = language,
        Extractors = extractors.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Canonical = canonical_json is null ? null : JsonSerializer.Deserialize(canonical_json, StorageJson.Default.CanonicalPhrasing),
    };

    /// <param name="SubjectIsFacility">
    /// Whether the subject is an airport, port or station (the cross-check reads it); false in rows written before it
    /// was stored, which the rules version's bump to rules-2 has re-extracted.
    /// </param>
    internal sealed record About(string? SubjectId, string? SubjectName, SubjectSource SubjectSource, ClaimScope Scope, decimal? Whole, IReadOnlyList<string>? SentenceMeasures, IReadOnlyList<string>? SentencePlaces, bool SubjectIsFacility = false);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
#pragma warning restore IDE1006, CA1707
