using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// A claim's figure written for a reader of the target language. Counts are named by their concept, not by
/// the source noun: "260,000 GPUs" / "GPU 26만 장" rather than "260,000 pemroses".
/// </summary>
public static class ClaimFigure
{
    public static string Format(Claim claim, string language, ConceptLexicon lexicon)
    {
        var q = claim.Value;
        if (q.Kind != QuantityKind.Count || lexicon.Find(claim.Concept) is not { IsUnit: true } concept)
        {
            return AmountFormatter.FormatInterval(q, language);
        }
        if (language != "ko")
        {
            return AmountFormatter.FormatInterval(q with { Unit = concept.En }, "en");
        }
        var counter = concept.CounterKo ?? "개";
        var figure = AmountFormatter.FormatInterval(q with { Unit = counter }, "ko");
        // Counters attach to a digit in Korean (5개, 300곳, 2,000명) but not to a myriad word (5만 개, 26만 장).
        figure = System.Text.RegularExpressions.Regex.Replace(figure, @"(\d) (" + counter + ")", "$1$2");
        return $"{concept.Ko} {figure}";
    }
}
