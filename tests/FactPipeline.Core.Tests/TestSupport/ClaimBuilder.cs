using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>Builds claims for cross-check tests without going through text, so each rule is tested alone.</summary>
internal static class ClaimBuilder
{
    private static int _next;

    /// <param name="subjectId">Whose figure it is ("kr", "name:pt sinar jaya"); null: the sentence names none.</param>
    /// <param name="source">Where the subject came from; defaults to the sentence when a subject is given.</param>
    public static Claim Money(string article, decimal amount, string currency, string concept = "budget", decimal? step = null,
        Hedge hedge = Hedge.None, string[]? subject = null, string[]? metric = null, int? year = null, string language = "id",
        string? subjectId = null, SubjectSource? source = null, ClaimScope? scope = null) =>
        Make(article, QuantityKind.Money, amount, currency, concept, step ?? amount, hedge, subject, metric, year, language, subjectId, source, scope, null);

    public static Claim Count(string article, decimal amount, string concept, decimal? step = null, Hedge hedge = Hedge.None,
        string[]? subject = null, string[]? metric = null, int? year = null, string language = "id",
        string? subjectId = null, SubjectSource? source = null, ClaimScope? scope = null, decimal? whole = null) =>
        Make(article, QuantityKind.Count, amount, "", concept, step ?? 1, hedge, subject, metric, year, language, subjectId, source, scope, whole);

    public static Claim Percent(string article, decimal amount, string concept = "growth", decimal? step = null, Hedge hedge = Hedge.None,
        string[]? subject = null, string[]? metric = null, int? year = null, string language = "id",
        string? subjectId = null, SubjectSource? source = null, ClaimScope? scope = null) =>
        Make(article, QuantityKind.Percent, amount, "%", concept, step ?? 0.1m, hedge, subject, metric, year, language, subjectId, source, scope, null);

    private static Claim Make(string article, QuantityKind kind, decimal amount, string unit, string concept, decimal step,
        Hedge hedge, string[]? subject, string[]? metric, int? year, string language,
        string? subjectId, SubjectSource? source, ClaimScope? scope, decimal? whole)
    {
        var n = Interlocked.Increment(ref _next);
        (decimal? low, decimal? high) = hedge switch
        {
            Hedge.Above or Hedge.AtLeast => (amount, null),
            Hedge.AtMost or Hedge.Below => (null, amount),
            _ => ((decimal?)amount, (decimal?)amount),
        };
        return new Claim
        {
            Id = $"c{n}",
            ArticleId = article,
            Quote = $"quote {n}",
            QuoteStart = 0,
            Value = new Quantity
            {
                Start = 0, Length = 1, Text = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = kind, Amount = amount, Low = low, High = high, Hedge = hedge, Unit = unit, Step = step, Whole = whole,
            },
            Concept = concept,
            Subject = subject ?? (subjectId is null ? ["kr"] : [subjectId]),
            Metric = metric ?? ["anggaran", "ai"],
            Year = year,
            Language = language,
            SubjectId = subjectId,
            SubjectName = subjectId,
            SubjectSource = source ?? (subjectId is null ? SubjectSource.None : SubjectSource.Sentence),
            Scope = scope ?? ClaimScope.Unspecified,
        };
    }
}
