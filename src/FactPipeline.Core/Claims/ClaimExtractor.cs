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
    // How far after a count's number its counted noun may stand ("260 ribu unit GPU (unit pemroses ...").
    private const int UnitLookAhead = 28;
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
        var conceptHits = lexicon.FindConcepts(sentence, article.Language);
        var entities = EntitiesOutside(sentence, quantities);
        var places = entities.Where(ConceptLexicon.Places.Contains).ToList();
        var subject = (places.Count > 0 ? entities : entities.Concat(articlePlaces))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        foreach (var q in quantities)
        {
            if (q.Kind == QuantityKind.Number)
            {
                continue;
            }
            var concept = q.Kind == QuantityKind.Count ? CountedConcept(q, conceptHits, sentence) : NearestMetric(q, conceptHits);
            var absolute = q with { Start = quoteStart + q.Start };
            claims.Add(new Claim
            {
                Id = StableId.Of(article.Id, quoteStart.ToString(System.Globalization.CultureInfo.InvariantCulture), absolute.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ArticleId = article.Id,
                Quote = sentence,
                QuoteStart = quoteStart,
                Value = absolute,
                Concept = concept,
                Subject = subject,
                Metric = ContextWords.Around(sentence, q.Start, q.End),
                Year = TimeScopeResolver.Resolve(sentence, q.Start, q.End, article.PublishedAt),
                Language = article.Language,
            });
        }
    }

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

    /// <summary>The metric term nearest the figure; on a tie the one before it ("anggaran ... 10 triliun").</summary>
    private string? NearestMetric(Quantity q, IReadOnlyList<TermHit> hits)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var hit in hits)
        {
            if (lexicon.Find(hit.Id) is not { IsUnit: false })
            {
                continue;
            }
            var distance = hit.End <= q.Start ? q.Start - hit.End : hit.Start >= q.End ? hit.Start - q.End + 1 : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = hit.Id;
            }
        }
        return best;
    }

    private List<string> EntitiesOutside(string sentence, IReadOnlyList<Quantity> quantities) =>
        lexicon.FindEntities(sentence)
            .Where(e => !quantities.Any(q => e.Start < q.End && e.End > q.Start))
            .Select(e => e.Id)
            .ToList();

    /// <summary>The country or bloc an article is mostly about: claims that name no place inherit it.</summary>
    private IReadOnlyList<string> DominantPlaces(string text)
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
