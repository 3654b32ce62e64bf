using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// The tiny labelled corpus in Fixtures/Evaluation (a Garut landslide told in id, en and vi, and a Cianjur
/// landslide as distractor), extracted for real, with claims and findings written by hand so that the scorer is
/// tested alone, whatever the recognizer and the cross-check do today.
/// </summary>
internal sealed class EvaluationFixture
{
    private static int _next;

    public EvaluationFixture()
    {
        Gold = GoldCorpus.LoadValid(Root);
        var extractor = new ArticleExtractor();
        Articles = ArticleFiles.Documents(Gold.ArticlesDirectory)
            .Select(d => extractor.Extract(d).Article ?? throw new InvalidOperationException(d.Source + " yields no article"))
            .ToDictionary(a => a.Source, StringComparer.Ordinal);
    }

    public static string Root => Fixtures.PathOf("Evaluation");

    public const string Indonesian = "s01-garut-landslide/harian.id.txt";
    public const string English = "s01-garut-landslide/wire.en.txt";
    public const string Vietnamese = "s01-garut-landslide/tin.vi.html";
    public const string Distractor = "x01-west-java-landslides/daily.en.txt";

    public GoldCorpus Gold { get; }

    public IReadOnlyDictionary<string, Article> Articles { get; }

    /// <summary>A count claim on <paramref name="surface"/> (found in the article text; a no-break space reads as a space).</summary>
    public Claim Count(string file, string surface, decimal amount, Hedge hedge = Hedge.None)
    {
        var article = Articles[file];
        var start = article.Text.Replace('\u00A0', ' ').IndexOf(surface, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"\"{surface}\" not in {file}");
        var n = Interlocked.Increment(ref _next);
        return new Claim
        {
            Id = $"fixture-claim-{n}",
            ArticleId = article.Id,
            Quote = article.Text,
            QuoteStart = 0,
            Value = new Quantity
            {
                Start = start, Length = surface.Length, Text = surface, Kind = QuantityKind.Count, Amount = amount,
                Low = hedge == Hedge.None ? amount : amount * 0.9m, High = hedge == Hedge.None ? amount : amount * 1.1m,
                Hedge = hedge, Step = 1,
            },
            Subject = [],
            Metric = [],
            Language = article.Language,
        };
    }

    public static Finding Finding(Severity severity, params Claim[] claims) => new()
    {
        Id = $"fixture-finding-{Interlocked.Increment(ref _next)}",
        Severity = severity,
        Topic = "fixture",
        ClaimIds = claims.Select(c => c.Id).ToArray(),
        Reason = severity == Severity.Conflict ? VerdictReason.Disjoint : VerdictReason.Equal,
    };

    public CorpusRun Run(IReadOnlyList<Claim> claims, params Finding[] findings) =>
        new(Articles.Values.ToArray(), claims, findings, []);
}
