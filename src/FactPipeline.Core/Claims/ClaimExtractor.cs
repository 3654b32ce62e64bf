using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The deterministic claim extractor: every money amount, percentage, count and multiplier in a sentence
/// becomes a claim, tagged with the concept it measures, the entities it is about and its year.
/// Bare numbers with no unit are not claims: nothing could be cross-checked against them.
/// </summary>
public sealed class ClaimExtractor(IQuantityRecognizer recognizer, ConceptLexicon lexicon) : IClaimExtractor
{
    // The counted noun must start inside the figure's span or right after it ("260 ribu unit GPU"); further
    // away it is another phrase ("enam bulan hingga tersisa dua finalis").
    private const int UnitLookAhead = 2;
    // A metric word before the figure wins when it is this close ("anggaran pemerintah sebesar 10 triliun").
    private const int MetricLookBehind = 60;
    // Korean often puts the noun first: "GPU 26만 장", "직원 300명".
    private const int UnitLookBehind = 12;

    public IReadOnlyList<Claim> Extract(Article article)
    {
        var text = article.Text;
        var articlePlaces = DominantPlaces(text);
        var claims = new List<Claim>();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                var sentence = paragraph.Text.Substring(start, length);
                var quoteStart = paragraph.Start + start;
                AddSentenceClaims(article, sentence, quoteStart, articlePlaces, claims);
            }
        }
        return claims;
    }

    private void AddSentenceClaims(Article article, string sentence, int quoteStart, IReadOnlyList<string> articlePlaces, List<Claim> claims)
    {
        var quantities = recognizer.Recognize(sentence, article.Language);
        if (quantities.Count == 0)
        {
            return;
        }
        var context = new SentenceContext(lexicon.FindConcepts(sentence, article.Language), SubjectOf(sentence, quantities, articlePlaces));
        foreach (var q in quantities)
        {
            // Bare numbers, durations ("dua tahun") and single items ("one team will be eliminated") are not
            // figures worth cross-checking; they only add noise to the findings.
            if (!IsCheckable(q))
            {
                continue;
            }
            claims.Add(Describe(article, sentence, quoteStart, q, context));
        }
    }

    /// <summary>
    /// Whether the rules make a claim of this quantity: not a bare number, a duration or an age ("5년간", "45 tuổi"). A count
    /// of one is a claim only with a hedge ("kurang dari satu ton") or a unit of measure ("satu ton"): a bare "satu orang",
    /// "one company" or "한 대" is mostly an article, not a figure anyone reports.
    /// </summary>
    internal static bool IsCheckable(Quantity q) =>
        q.Kind != QuantityKind.Number
        && !(q.Kind == QuantityKind.Count && UnitClasses.IsDurationOrAge(q.Unit))
        && !(q.Kind == QuantityKind.Count && q.Amount == 1m && q.Hedge == Hedge.None && !UnitClasses.IsMeasure(q.Unit));

    /// <summary>
    /// The claim the rules would make of quantity <paramref name="q"/> (offsets relative to <paramref name="sentence"/>,
    /// one of <paramref name="quantities"/>) in a quote starting at <paramref name="quoteStart"/>: the same concept,
    /// subject, metric words and year logic, and the rules' id. Other extractors (the LLM) reuse it so their claims
    /// are described exactly like the rules' ones.
    /// </summary>
    internal Claim Describe(Article article, string sentence, int quoteStart, Quantity q, IReadOnlyList<Quantity> quantities, IReadOnlyList<string> articlePlaces) =>
        Describe(article, sentence, quoteStart, q, new SentenceContext(lexicon.FindConcepts(sentence, article.Language), SubjectOf(sentence, quantities, articlePlaces)));

    private Claim Describe(Article article, string sentence, int quoteStart, Quantity q, SentenceContext context)
    {
        var concept = q.Kind == QuantityKind.Count ? CountedConcept(q, context.ConceptHits, sentence) : NearestMetric(q, context.ConceptHits, sentence);
        var absolute = q with { Start = quoteStart + q.Start };
        return new Claim
        {
            Id = StableId.Of(article.Id, quoteStart.ToString(System.Globalization.CultureInfo.InvariantCulture), absolute.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArticleId = article.Id,
            Quote = sentence,
            QuoteStart = quoteStart,
            Value = absolute,
            Concept = concept,
            Subject = context.Subject,
            Metric = ContextWords.Around(sentence, q.Start, q.End),
            Year = TimeScopeResolver.Resolve(sentence, q.Start, q.End, article.PublishedAt),
            Language = article.Language,
        };
    }

    private string[] SubjectOf(string sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<string> articlePlaces)
    {
        var entities = EntitiesOutside(sentence, quantities);
        var places = entities.Where(ConceptLexicon.Places.Contains).ToList();
        return (places.Count > 0 ? entities : entities.Concat(articlePlaces))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private sealed record SentenceContext(IReadOnlyList<TermHit> ConceptHits, string[] Subject);

    /// <summary>What a count counts: a unit concept right after the number (or right before, in Korean), else its noun.</summary>
    private string? CountedConcept(Quantity q, IReadOnlyList<TermHit> hits, string sentence)
    {
        foreach (var hit in hits)
        {
            if (lexicon.Find(hit.Id) is not { IsUnit: true })
            {
                continue;
            }
            var after = hit.Start >= q.Start && hit.Start <= q.End + UnitLookAhead;
            var before = hit.End <= q.Start && q.Start - hit.End <= UnitLookBehind && IsKoreanText(sentence);
            if (after || before)
            {
                return hit.Id;
            }
        }
        return string.IsNullOrEmpty(q.Unit) ? null : "noun:" + ConceptLexiconFold(q.Unit);
    }

    /// <summary>
    /// The metric a figure measures: the nearest metric word before it in the same clause (news prose says
    /// "anggaran ... sebesar 10 triliun", "예산을 10조 원으로"), else the nearest one after it ("$100bn investment").
    /// </summary>
    private string? NearestMetric(Quantity q, IReadOnlyList<TermHit> hits, string sentence)
    {
        string? before = null;
        string? after = null;
        var afterDistance = int.MaxValue;
        foreach (var hit in hits)
        {
            if (lexicon.Find(hit.Id) is not { IsUnit: false })
            {
                continue;
            }
            if (hit.End <= q.Start)
            {
                if (q.Start - hit.End <= MetricLookBehind && !HasClauseBreak(sentence, hit.End, q.Start))
                {
                    before = hit.Id; // hits are ordered by position: the last one is the nearest
                }
            }
            else if (hit.Start >= q.End && hit.Start - q.End < afterDistance)
            {
                afterDistance = hit.Start - q.End;
                after = hit.Id;
            }
        }
        return before ?? after;
    }

    private static bool HasClauseBreak(string sentence, int from, int to) => sentence.AsSpan(from, to - from).IndexOfAny(";:") >= 0;

    /// <summary>Time spans ("dua tahun", "enam bulan") are durations, not counts of things.</summary>
    /// <summary>Whether a count's unit is a span of time ("tahun", "years", "년"...).</summary>
    internal static bool IsDuration(string unit) => DurationUnits.Contains(unit);

    private static readonly IReadOnlySet<string> DurationUnits = UnitClasses.Durations;

    private List<string> EntitiesOutside(string sentence, IReadOnlyList<Quantity> quantities) =>
        lexicon.FindEntities(sentence)
            .Where(e => !quantities.Any(q => e.Start < q.End && e.End > q.Start))
            .Select(e => e.Id)
            .ToList();

    /// <summary>The country or bloc an article is mostly about: claims that name no place inherit it.</summary>
    internal IReadOnlyList<string> DominantPlaces(string text)
    {
        var counts = lexicon.FindEntities(text)
            .Where(e => ConceptLexicon.Places.Contains(e.Id))
            .GroupBy(e => e.Id)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .ToList();
        if (counts.Count == 0)
        {
            return [];
        }
        var max = counts.Max(c => c.Count);
        return counts.Where(c => c.Count == max).Select(c => c.Id).ToArray();
    }

    private static bool IsKoreanText(string sentence) => sentence.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    private static string ConceptLexiconFold(string unit) => unit.ToLowerInvariant();
}
