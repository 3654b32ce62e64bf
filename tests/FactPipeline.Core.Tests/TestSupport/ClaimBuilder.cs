using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>Builds claims for cross-check tests without going through text, so each rule is tested alone.</summary>
internal static class ClaimBuilder
{
    private static int _next;

    public static Claim Money(string article, decimal amount, string currency, string concept = "budget", decimal? step = null,
        Hedge hedge = Hedge.None, string[]? subject = null, string[]? metric = null, int? year = null, string language = "id") =>
        Make(article, QuantityKind.Money, amount, currency, concept, step ?? amount, hedge, subject, metric, year, language);

    public static Claim Count(string article, decimal amount, string concept, decimal? step = null, Hedge hedge = Hedge.None,
        string[]? subject = null, string[]? metric = null, int? year = null, string language = "id") =>
        Make(article, QuantityKind.Count, amount, "", concept, step ?? 1, hedge, subject, metric, year, language);

    private static Claim Make(string article, QuantityKind kind, decimal amount, string unit, string concept, decimal step,
        Hedge hedge, string[]? subject, string[]? metric, int? year, string language)
    {
        var n = Interlocked.Increment(ref _next);
        (decimal? low, decimal? high) = hedge switch
        {
            Hedge.Above => (amount, null),
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
                Kind = kind, Amount = amount, Low = low, High = high, Hedge = hedge, Unit = unit, Step = step,
            },
            Concept = concept,
            Subject = subject ?? ["kr"],
            Metric = metric ?? ["anggaran", "ai"],
            Year = year,
            Language = language,
        };
    }
}
